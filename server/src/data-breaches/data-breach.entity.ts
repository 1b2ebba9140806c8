import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { BreachRisk } from './data-breach.enums.js';

/**
 * A personal-data breach as the controller documents it (GDPR Art. 33(5)): facts, effects and remedial
 * action, the notification to the CNIL (72 hours from awareness, Art. 33(1)) and the communication to
 * the people (Art. 34). `incidentId` names the support incident of category "personal data" it came from,
 * checked when the breach is opened (incidents are never deleted, so the id stays valid).
 */
@Entity({ tableName: 'data_breach' })
@Index({ properties: ['awareAt'] })
@Index({ properties: ['incidentId'] })
@ObjectType({ description: 'Violation de données à caractère personnel (RGPD, art. 33 et 34).' })
export class DataBreach extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'Nature de la violation : confidentialité, intégrité, disponibilité ; circonstances.' })
  @Property({ type: 'text' })
  nature!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  peopleCategories!: string;

  @Field(() => Int, { nullable: true, description: 'Nombre approximatif de personnes concernées.' })
  @Property({ type: 'integer', nullable: true })
  approximatePeople?: number | null;

  @Field(() => String)
  @Property({ type: 'text' })
  recordCategories!: string;

  @Field(() => Int, { nullable: true, description: 'Nombre approximatif d’enregistrements concernés.' })
  @Property({ type: 'integer', nullable: true })
  approximateRecords?: number | null;

  @Field(() => String, { description: 'Conséquences probables.' })
  @Property({ type: 'text' })
  consequences!: string;

  @Field(() => String, { description: 'Mesures prises ou envisagées pour remédier à la violation et en limiter les effets.' })
  @Property({ type: 'text' })
  measures!: string;

  @Field(() => BreachRisk)
  @Enum({ items: () => BreachRisk })
  risk!: BreachRisk;

  @Field(() => DateTimeScalar, { description: 'Instant où le responsable en a pris connaissance : le délai de 72 heures court de là.' })
  @Property({ type: 'datetime' })
  awareAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cnilNotifiedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Numéro de la notification auprès de la CNIL.' })
  @Property({ type: 'string', length: 100, nullable: true })
  cnilReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Motifs du retard, obligatoires au-delà de 72 heures (art. 33, §1).' })
  @Property({ type: 'text', nullable: true })
  lateNotificationReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date à laquelle les personnes ont été informées (art. 34).' })
  @Property({ type: 'date', nullable: true })
  peopleInformedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Incident d’assistance à l’origine de la violation.' })
  @Property({ type: 'integer', nullable: true })
  incidentId?: number | null;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
