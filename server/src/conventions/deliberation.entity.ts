import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar } from '../common/scalars.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Convention } from './convention.entity.js';
import { PresidentVote } from './convention.enums.js';

/**
 * A council deliberation on a convention, as its register extract prints it. A rejected one stays on
 * record and the convention stays SENT, so a convention may have several; the latest is "its" deliberation.
 * The outcome and quorum are computed by the rules (deliberation.rules.ts) and stored with the figures.
 */
@Entity({ tableName: 'council_deliberation' })
@Index({ properties: ['convention'] })
@ObjectType('Deliberation', { description: 'Délibération du conseil municipal autorisant la signature de la convention.' })
export class CouncilDeliberation extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Convention, { deleteRule: 'cascade' })
  convention!: Rel<Convention>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  meetingDate!: string;

  @Field(() => String, { description: 'Numéro au registre, par exemple 48/2023.' })
  @Property({ type: 'string', length: 30 })
  number!: string;

  @Field(() => Int) @Property({ type: 'integer' }) membersInOffice!: number;
  @Field(() => Int) @Property({ type: 'integer' }) present!: number;
  @Field(() => Int, { description: 'Absents ayant donné pouvoir.' }) @Property({ type: 'integer' }) represented!: number;
  @Field(() => Int, { description: 'Absents sans pouvoir.' }) @Property({ type: 'integer' }) absent!: number;
  @Field(() => Int) @Property({ type: 'integer' }) voters!: number;
  @Field(() => Int) @Property({ type: 'integer' }) votesFor!: number;
  @Field(() => Int) @Property({ type: 'integer' }) votesAgainst!: number;
  @Field(() => Int) @Property({ type: 'integer' }) abstentions!: number;

  @Field(() => Int, { nullable: true, description: 'Bulletins blancs ou nuls (scrutin secret) : votants, mais pas suffrages exprimés.' })
  @Property({ type: 'integer', nullable: true })
  blankOrSpoilt?: number | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  secretBallot!: boolean;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  secondConvocation!: boolean;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  firstMeetingDate?: string | null;

  @Field(() => PresidentVote, { nullable: true })
  @Enum({ items: Object.values(PresidentVote), nullable: true })
  presidentVote?: PresidentVote | null;

  @Field(() => String, { nullable: true, description: 'Secrétaire de séance.' })
  @Property({ type: 'string', length: 200, nullable: true })
  secretary?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  adopted!: boolean;

  @Field(() => Boolean, { description: 'Plus de la moitié des membres en exercice présents (sinon, seconde convocation).' })
  @Property({ type: 'boolean' })
  quorumReached!: boolean;

  @Field(() => String, { nullable: true, description: 'Identifiant ACTES normalisé : DDD-SIREN-AAAAMMJJ-NUMÉRO-NATURE.' })
  @Property({ type: 'string', length: 60, nullable: true })
  actesId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Télétransmission en préfecture.' })
  @Property({ type: 'date', nullable: true })
  transmittedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Réception en préfecture (accusé de réception).' })
  @Property({ type: 'date', nullable: true })
  receivedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Field(() => StoredFile, { nullable: true, description: 'Délibération numérisée (PDF), téléchargeable à /files/{id}.' })
  @ManyToOne(() => StoredFile, { fieldName: 'scan_file_id', nullable: true })
  scan?: StoredFile | null;
}
