import type { Opt, Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { School } from '../schools/school.entity.js';

/**
 * A regroupement pédagogique intercommunal: communes sharing schools. Each paying commune signs its own
 * convention (the convention's NB), so what matters here is, for each school, which member commune pays.
 * A school with no payer row is paid by its own commune. Groupings stay within one département (they are
 * organised by the DSDEN), which is also where their perimeter lies.
 */
@Entity({ tableName: 'school_grouping' })
@ObjectType('Grouping', { description: 'Regroupement pédagogique intercommunal (RPI).' })
export class SchoolGrouping extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 3, index: true })
  departmentCode!: string;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste : à renvoyer dans saveGrouping.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}

@Entity({ tableName: 'school_grouping_commune' })
@Unique({ properties: ['grouping', 'commune'] })
export class GroupingCommune {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => SchoolGrouping, { deleteRule: 'cascade' })
  grouping!: Rel<SchoolGrouping>;

  @ManyToOne(() => Commune, { fieldName: 'commune_insee_code', index: true })
  commune!: Commune;
}

/** The commune that pays for a school of a grouping (and so enrols it in its convention). */
@Entity({ tableName: 'school_payer' })
@ObjectType({ description: 'Une école d’un regroupement et la commune qui paie pour elle.' })
export class SchoolPayer {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => School)
  @ManyToOne(() => School, { fieldName: 'school_uai', unique: true })
  school!: School;

  @ManyToOne(() => SchoolGrouping, { deleteRule: 'cascade' })
  grouping!: Rel<SchoolGrouping>;

  @Field(() => Commune)
  @ManyToOne(() => Commune, { fieldName: 'paying_commune_insee_code', index: true })
  payingCommune!: Commune;
}
