import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { ProcessingActivity } from '../processing-register/processing-activity.entity.js';
import {
  AnswerOutcome, ApplicantRelationship, DataSubjectRequestStatus, IdentityCheckStatus, RefusalGround, RequestChannel,
} from './data-request.enums.js';

@ObjectType({ description: 'Personne : demandeur ou personne concernée.' })
export class Person {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) postalAddress!: string | null;
}

/**
 * A request of a data subject to exercise their rights (GDPR Art. 12–22), as the DPO registers, follows
 * and answers it. The applicant and the data subject may differ (a parent for a child, an heir); the
 * subject's columns are null when they are the applicant. Personal data (names, addresses, content,
 * answer) are anonymised by the retention purge; the reference, dates, rights, outcome and timing stay.
 * Applicant, subject, rights, places and computed fields are exposed by the resolver from the view.
 */
@Entity({ tableName: 'data_subject_request' })
@Index({ properties: ['status', 'dueOn'] })
@Index({ properties: ['dueOn'] })
@Index({ properties: ['receivedOn'] })
@Index({ properties: ['applicantEmail'] })
@Index({ properties: ['subjectEmail'] })
@ObjectType({ description: 'Demande d’exercice des droits d’une personne concernée (RGPD, art. 12 à 22).' })
export class DataSubjectRequest extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Référence DPO-AAAA-NNNN, numérotée dans l’année d’enregistrement.' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  reference!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => RequestChannel)
  @Enum({ items: () => RequestChannel })
  channel!: RequestChannel;

  /** `,ACCESS,ERASURE,` (see request.rules.ts). */
  @Property({ type: 'string', length: 200 })
  rights!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'string', length: 100 })
  applicantFirstName!: string;

  @Property({ type: 'string', length: 100 })
  applicantLastName!: string;

  @Property({ type: 'string', length: 254, nullable: true })
  applicantEmail?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  applicantPostalAddress?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  subjectFirstName?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  subjectLastName?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  subjectEmail?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  subjectPostalAddress?: string | null;

  @Field(() => ApplicantRelationship)
  @Enum({ items: () => ApplicantRelationship })
  relationship!: ApplicantRelationship;

  /** Applicant's and subject's names, searchable (common/text.ts). */
  @Property({ type: 'string', length: 420 })
  searchNames!: string;

  /** Schools and communes concerned: codes separated by spaces. */
  @Property({ type: 'string', length: 2000, default: '' })
  schoolUais: Opt<string> = '';

  @Property({ type: 'string', length: 2000, default: '' })
  communeInseeCodes: Opt<string> = '';

  @ManyToOne(() => ProcessingActivity, { fieldName: 'processing_id', nullable: true })
  processing?: ProcessingActivity | null;

  @Field(() => DataSubjectRequestStatus)
  @Enum({ items: () => DataSubjectRequestStatus, default: DataSubjectRequestStatus.RECEIVED })
  status: Opt<DataSubjectRequestStatus> = DataSubjectRequestStatus.RECEIVED;

  @Field(() => DateScalar, { description: 'Échéance sans prolongation : un mois après la réception, reportée au jour ouvré suivant.' })
  @Property({ type: 'date' })
  initialDueOn!: string;

  @Field(() => DateScalar, { description: 'Échéance en vigueur (trois mois après la réception une fois prolongée).' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date à laquelle la personne a été informée de la prolongation.' })
  @Property({ type: 'date', nullable: true })
  extensionNotifiedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  extensionReason?: string | null;

  @Field(() => IdentityCheckStatus)
  @Enum({ items: () => IdentityCheckStatus, default: IdentityCheckStatus.NOT_NEEDED })
  identityCheck: Opt<IdentityCheckStatus> = IdentityCheckStatus.NOT_NEEDED;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  identityRequestedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  identityReceivedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date de la décision (vérifiée ou non établie) ; les justificatifs sont alors effacés.' })
  @Property({ type: 'date', nullable: true })
  identityDecidedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  answeredOn?: string | null;

  @Field(() => RequestChannel, { nullable: true })
  @Enum({ items: () => RequestChannel, nullable: true })
  answerChannel?: RequestChannel | null;

  @Field(() => AnswerOutcome, { nullable: true })
  @Enum({ items: () => AnswerOutcome, nullable: true })
  outcome?: AnswerOutcome | null;

  @Field(() => RefusalGround, { nullable: true })
  @Enum({ items: () => RefusalGround, nullable: true })
  refusalGround?: RefusalGround | null;

  @Field(() => String, { nullable: true, description: 'Exception invoquée (article), ou précisions sur le refus.' })
  @Property({ type: 'text', nullable: true })
  refusalDetail?: string | null;

  @Field(() => String, { nullable: true, description: 'Résumé de la réponse, repris dans le courrier de réponse.' })
  @Property({ type: 'text', nullable: true })
  answerSummary?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Première réponse : celle sur laquelle le délai est jugé.' })
  @Property({ type: 'date', nullable: true })
  firstAnsweredOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Première réponse donnée après l’échéance alors en vigueur ; ne change plus ensuite.' })
  @Property({ type: 'boolean', nullable: true })
  answeredLate?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Référence de la plainte auprès de la CNIL qui a rouvert la demande.' })
  @Property({ type: 'string', length: 100, nullable: true })
  cnilComplaintReference?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  reopenedOn?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Données personnelles anonymisées par la purge de conservation.' })
  @Property({ type: 'datetime', nullable: true })
  anonymisedAt?: Date | null;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
