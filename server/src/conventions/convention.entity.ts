import type { Opt, Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar } from '../common/scalars.js';
import { Commune } from '../territory/commune.entity.js';
import { School } from '../schools/school.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { CONVENTION_STATUSES } from './convention-status.rules.js';
import { ConventionStatus } from './convention.enums.js';

/**
 * The yearly convention between the région académique and one commune. `departmentCode` and `searchName`
 * repeat the commune's, so lists filter, sort and count on this table alone (docs/decisions/0002).
 * Until signature the price and end date follow the campaign; signing freezes them. At most one live
 * (not cancelled) convention per commune and year: a partial unique index, on both databases.
 */
@Entity({ tableName: 'convention' })
@Unique({ name: 'convention_commune_year_live_unique', properties: ['commune', 'schoolYear'], where: 'cancelled_on is null' })
@Index({ properties: ['schoolYear', 'departmentCode', 'status'] })
@Index({ properties: ['departmentCode', 'searchName'] })
@ObjectType({ description: 'Convention de partenariat ENT-École entre la région académique et une commune, pour une année scolaire.' })
export class Convention extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 9 })
  schoolYear!: string;

  @Field(() => Commune)
  @ManyToOne(() => Commune, { fieldName: 'commune_insee_code' })
  commune!: Commune;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Property({ type: 'string', length: 150 })
  searchName!: string;

  @Field(() => ConventionStatus)
  @Enum({ items: [...CONVENTION_STATUSES] })
  status!: ConventionStatus;

  @Field(() => Int, { description: 'Participation par école, en centimes : celle de la campagne, figée à la signature.' })
  @Property({ type: 'integer' })
  unitPriceCents!: number;

  @Field(() => Int, { description: 'Montant de la convention (écoles × participation), en centimes ; figé à la signature. Les avenants ont le leur.' })
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => DateScalar, { description: 'Fin de la convention (article 10) : celle de la campagne, figée à la signature.' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  sentOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Signature par le maire.' })
  @Property({ type: 'date', nullable: true })
  communeSignedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Signature pour la région académique.' })
  @Property({ type: 'date', nullable: true })
  academySignedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  cancelledOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  cancellationReason?: string | null;

  @Field(() => StoredFile, { nullable: true, description: 'Convention signée numérisée (PDF), téléchargeable à /files/{id}.' })
  @ManyToOne(() => StoredFile, { fieldName: 'signed_scan_file_id', nullable: true })
  signedScan?: StoredFile | null;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

/**
 * An avenant: schools enrolled after signature, with their own amount at the convention's frozen price,
 * signed by both parties in turn. Numbered from 1 within its convention.
 */
@Entity({ tableName: 'convention_amendment' })
@Unique({ properties: ['convention', 'number'] })
@ObjectType('Amendment', { description: 'Avenant : écoles ajoutées après la signature, avec leur propre montant.' })
export class Amendment extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Convention, { deleteRule: 'cascade' })
  convention!: Rel<Convention>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  communeSignedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  academySignedOn?: string | null;
}

/**
 * A school enrolled in a convention for a school year (by the convention itself, or by one of its
 * amendments). "A school is in at most one live convention per school year" is the partial unique index
 * below: a cancelled convention's rows get `withdrawnOn` and stop counting, but keep its history.
 */
@Entity({ tableName: 'convention_school' })
@Unique({ name: 'convention_school_year_live_unique', properties: ['school', 'schoolYear'], where: 'withdrawn_on is null' })
@Index({ properties: ['convention'] })
export class Enrolment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Convention, { deleteRule: 'cascade' })
  convention!: Rel<Convention>;

  @ManyToOne(() => School, { fieldName: 'school_uai' })
  school!: School;

  @Property({ type: 'string', length: 9 })
  schoolYear!: string;

  @ManyToOne(() => Amendment, { nullable: true, deleteRule: 'cascade' })
  amendment?: Rel<Amendment> | null;

  @Property({ type: 'date', nullable: true })
  withdrawnOn?: string | null;
}
