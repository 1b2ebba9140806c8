import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsEmail, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import {
  AnswerOutcome, ApplicantRelationship, DataSubjectRequestStatus, DataSubjectRight, IdentityCheckStatus, RefusalGround, RequestChannel,
} from './data-request.enums.js';
import type { PersonView } from './data-request.views.js';

const NAME = 'Le nom et le prénom doivent compter de 1 à 100 caractères.';
const TEXT_LIMIT = 20_000;

@InputType({ description: 'Demandeur ou personne concernée.' })
export class PersonInput implements Partial<PersonView> {
  @Field(() => String) @Length(1, 100, { message: NAME })
  firstName!: string;

  @Field(() => String) @Length(1, 100, { message: NAME })
  lastName!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'Adresse électronique invalide.' }) @Length(3, 254)
  email?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500)
  postalAddress?: string | null;
}

/** What the DPO types for a request, shared by creation and update. */
@InputType()
abstract class RequestFields {
  @Field(() => [DataSubjectRight], { nullable: true }) @IsOptional() @ArrayNotEmpty({ message: 'Indiquez au moins un droit exercé.' })
  rights?: DataSubjectRight[];

  @Field(() => RequestChannel, { nullable: true })
  channel?: RequestChannel;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, TEXT_LIMIT, { message: `La demande doit compter de 1 à ${TEXT_LIMIT} caractères.` })
  content?: string;

  @Field(() => PersonInput, { nullable: true }) @IsOptional() @ValidateNested()
  applicant?: PersonInput;

  @Field(() => PersonInput, { nullable: true, description: 'La personne concernée, quand ce n’est pas le demandeur.' }) @IsOptional() @ValidateNested()
  subject?: PersonInput | null;

  @Field(() => ApplicantRelationship, { nullable: true, description: 'Lien du demandeur avec la personne concernée ; SELF sans `subject`.' })
  relationship?: ApplicantRelationship | null;

  @Field(() => [String], { nullable: true, description: 'Codes UAI des écoles concernées.' }) @IsOptional() @ArrayMaxSize(200)
  schoolUais?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Codes INSEE des communes concernées.' }) @IsOptional() @ArrayMaxSize(200)
  communeInseeCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Traitement du registre concerné ; le traitement ENT-École par défaut.' })
  processingId?: string | null;
}

@InputType({ description: 'Nouvelle demande : l’échéance est calculée depuis la date de réception.' })
export class CreateDataSubjectRequestInput extends RequestFields {
  @Field(() => [DataSubjectRight]) @ArrayNotEmpty({ message: 'Indiquez au moins un droit exercé.' })
  declare rights: DataSubjectRight[];

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => RequestChannel)
  declare channel: RequestChannel;

  @Field(() => String) @Length(1, TEXT_LIMIT, { message: `La demande doit compter de 1 à ${TEXT_LIMIT} caractères.` })
  declare content: string;

  @Field(() => PersonInput) @ValidateNested()
  declare applicant: PersonInput;
}

@InputType({ description: 'Modification d’une demande : les champs absents restent inchangés.' })
export class UpdateDataSubjectRequestInput extends RequestFields {
  @Field(() => Int, { description: 'La version lue : une version dépassée donne CONFLICT.' }) @Min(1)
  version!: number;
}

@InputType({ description: 'Prolongation de deux mois (RGPD, art. 12, §3).' })
export class ExtendDataSubjectRequestInput {
  @Field(() => DateScalar, { description: 'Date à laquelle la personne a été informée de la prolongation et de ses motifs.' })
  notifiedOn!: string;

  @Field(() => String, { description: 'Motifs : complexité ou nombre des demandes.' }) @Length(0, 2000)
  reason!: string;
}

@InputType()
export class IdentityCheckInput {
  @Field(() => IdentityCheckStatus)
  status!: IdentityCheckStatus;

  @Field(() => DateScalar, { description: 'Date de la demande de justificatif, de sa réception ou de la décision.' })
  on!: string;

  @Field(() => [ID], { nullable: true, description: 'Justificatifs reçus (fichiers déposés avec l’usage identity-proof), pour RECEIVED.' })
  @IsOptional() @ArrayMaxSize(10)
  proofFileIds?: string[] | null;
}

@InputType()
export class AnswerDataSubjectRequestInput {
  @Field(() => DateScalar)
  answeredOn!: string;

  @Field(() => RequestChannel)
  channel!: RequestChannel;

  @Field(() => AnswerOutcome)
  outcome!: AnswerOutcome;

  @Field(() => RefusalGround, { nullable: true, description: 'Obligatoire pour un refus, même partiel.' })
  refusalGround?: RefusalGround | null;

  @Field(() => String, { nullable: true, description: 'L’exception invoquée (article) ; obligatoire pour EXCEPTION.' }) @IsOptional() @Length(1, 2000)
  refusalDetail?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, TEXT_LIMIT)
  summary?: string | null;
}

@InputType({ description: 'Réouverture sur plainte auprès de la CNIL.' })
export class ReopenDataSubjectRequestInput {
  @Field(() => DateScalar)
  reopenedOn!: string;

  @Field(() => String) @Length(1, 100, { message: 'Indiquez la référence de la plainte CNIL.' })
  cnilComplaintReference!: string;
}

export enum DataSubjectRequestOrderField {
  DUE_ON = 'DUE_ON',
  RECEIVED_ON = 'RECEIVED_ON',
  REFERENCE = 'REFERENCE',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(DataSubjectRequestOrderField, { name: 'DataSubjectRequestOrderField' });

@InputType() export class DataSubjectRequestOrder extends OrderInput(DataSubjectRequestOrderField) {}

@InputType()
export class DataSubjectRequestFilter {
  @Field(() => DataSubjectRequestStatus, { nullable: true })
  status?: DataSubjectRequestStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true : reçues ou en cours (pas encore répondues).' })
  open?: boolean | null;

  @Field(() => DataSubjectRight, { nullable: true })
  right?: DataSubjectRight | null;

  @Field(() => Boolean, { nullable: true, description: 'true : pas encore répondues et échéance dépassée.' })
  overdue?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Échéance strictement antérieure à cette date.' })
  dueBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'Début de référence, ou nom du demandeur ou de la personne concernée.' })
  @IsOptional() @Length(1, 100)
  q?: string | null;
}

@ArgsType()
export class DataSubjectRequestsArgs extends PageArgs {
  @Field(() => DataSubjectRequestFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: DataSubjectRequestFilter | null;

  @Field(() => [DataSubjectRequestOrder], { nullable: true })
  orderBy?: DataSubjectRequestOrder[] | null;
}

@InputType({ description: 'Texte d’un modèle de courrier, avec ses {{champs}}.' })
export class LetterTemplateInput {
  @Field(() => String) @Length(1, 300, { message: 'L’objet doit compter de 1 à 300 caractères.' })
  subject!: string;

  @Field(() => String) @Length(1, TEXT_LIMIT, { message: `Le texte doit compter de 1 à ${TEXT_LIMIT} caractères.` })
  body!: string;

  @Field(() => Int, { description: 'La version lue (0 pour le modèle par défaut) : une version dépassée donne CONFLICT.' }) @Min(0)
  version!: number;
}
