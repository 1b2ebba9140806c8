import type { Opt, Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateTimeScalar } from '../common/scalars.js';
import { Agent } from '../auth/agent.js';
import { User } from '../auth/user.entity.js';
import { School } from '../schools/school.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { IncidentCategory, IncidentChannel, IncidentStatus, Level, Priority, ReporterRole } from './incident.enums.js';
import { INCIDENT_STATUSES, OPEN_STATUSES } from './incident-status.rules.js';
import { LEVELS, PRIORITIES } from './priority.rules.js';

/**
 * An incident or a request for assistance (convention, Article 7). Its département and its school's
 * circonscription are repeated here so that the queue filters, sorts and counts on this table alone, and
 * its due instants are stored so that the queue sorts and finds breaches in SQL (docs/decisions/0010).
 */
/** Open incidents are about a tenth of the table: the queue and the support counters read only them. */
const OPEN = `status in (${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;

@Entity({ tableName: 'incident' })
// The queue of a département in SLA order, paged (Q4 of test/bench).
@Index({ name: 'incident_open_queue_index', properties: ['departmentCode', 'resolveDueAt', 'id'], where: OPEN })
// Every column the support counters read, so that they count from the index alone (Q5 of test/bench).
@Index({
  name: 'incident_open_counters_index',
  properties: ['priority', 'departmentCode', 'circonscriptionId', 'status', 'assignee', 'ownDueAt', 'ownedAt', 'resolveDueAt', 'clockStoppedAt'],
  where: OPEN,
})
@Index({ properties: ['status', 'resolveDueAt'] })
@Index({ properties: ['departmentCode', 'status'] })
@Index({ properties: ['status', 'resolvedAt'] })
@Index({ properties: ['reportedOn'] })
@ObjectType({ description: 'Incident ou demande d’assistance.' })
export class Incident extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Référence donnée au déclarant : INC-2024-000123.' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  reference!: string;

  @Field(() => ReporterRole)
  @Enum({ items: () => ReporterRole })
  reporterRole!: ReporterRole;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  reporterName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  reporterEmail!: string;

  @Field(() => School, { nullable: true })
  @ManyToOne(() => School, { fieldName: 'school_uai', nullable: true })
  school?: School | null;

  /** The school's commune, or the commune whose space is concerned. */
  @Field(() => Commune, { nullable: true })
  @ManyToOne(() => Commune, { fieldName: 'commune_insee_code', nullable: true })
  commune?: Commune | null;

  @Field(() => String, { nullable: true, description: 'Département (celui de l’école ou de la commune) ; aucun pour toute la plateforme.' })
  @Property({ type: 'string', length: 3, nullable: true })
  departmentCode?: string | null;

  /** The school's circonscription, for the ERUN perimeter. */
  @Property({ type: 'integer', nullable: true })
  circonscriptionId?: number | null;

  @Field(() => IncidentCategory)
  @Enum({ items: () => IncidentCategory })
  category!: IncidentCategory;

  @Field(() => IncidentChannel)
  @Enum({ items: () => IncidentChannel })
  channel!: IncidentChannel;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  /** Reference, title and reporter in searchable form (see common/text.ts). */
  @Property({ type: 'string', length: 700 })
  searchText!: string;

  @Field(() => Level)
  @Enum({ items: [...LEVELS] })
  impact!: Level;

  @Field(() => Level)
  @Enum({ items: [...LEVELS] })
  urgency!: Level;

  @Field(() => Priority, { description: 'Priorité de la matrice impact × urgence, ou celle fixée par l’assistance.' })
  @Enum({ items: [...PRIORITIES] })
  priority!: Priority;

  @Field(() => String, { nullable: true, description: 'Motif de la priorité fixée à la main ; null : celle de la matrice.' })
  @Property({ type: 'string', length: 500, nullable: true })
  priorityOverrideReason?: string | null;

  @Field(() => IncidentStatus)
  @Enum({ items: [...INCIDENT_STATUSES] })
  status!: IncidentStatus;

  @Field(() => Agent, { nullable: true })
  @ManyToOne(() => User, { fieldName: 'assignee_id', nullable: true })
  assignee?: User | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  reportedAt!: Date;

  /** Paris calendar date of the report: weekly volumes group on it. */
  @Property({ type: 'date' })
  reportedOn!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Prise en charge : première attribution, ou résolution directe.' })
  @Property({ type: 'datetime', nullable: true })
  ownedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field(() => DateTimeScalar, { description: 'Échéance de prise en charge (heures ouvrées).' })
  @Property({ type: 'datetime' })
  ownDueAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Échéance de résolution (heures ouvrées, hors attentes) ; figée pendant un arrêt du décompte.' })
  @Property({ type: 'datetime' })
  resolveDueAt!: Date;

  /** When the resolution clock stopped (PENDING or RESOLVED), null while it runs. */
  @Field(() => DateTimeScalar, { nullable: true, description: 'Début de l’arrêt du décompte (en attente ou résolu).' })
  @Property({ type: 'datetime', nullable: true })
  clockStoppedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Durée de résolution en minutes ouvrées, hors attentes.' })
  @Property({ type: 'integer', nullable: true })
  resolutionMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Message de résolution envoyé au déclarant.' })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Field(() => String, { nullable: true, description: 'Référence du ticket chez le prestataire de l’ENT.' })
  @Property({ type: 'string', length: 100, nullable: true })
  vendorReference?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  escalatedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  vendorAnswer?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  vendorAnsweredAt?: Date | null;

  /** The major incident this one is part of. */
  @Field(() => Incident, { nullable: true, description: 'Incident majeur dont celui-ci fait partie.' })
  @ManyToOne(() => Incident, { fieldName: 'parent_id', nullable: true })
  parent?: Rel<Incident> | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Alerte envoyée au DPO (catégorie données personnelles).' })
  @Property({ type: 'datetime', nullable: true })
  dpoAlertedAt?: Date | null;

  /** Two agents acting at once: the second gets CONFLICT instead of undoing the first. */
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
