import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar } from '../common/scalars.js';
import { School } from '../schools/school.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { Civility, PublicationDirectorFunction } from './publication-director.enums.js';

/**
 * One period during which a person is publication director (Article 6) of a scope: a school's ENT spaces
 * (by UAI) or a commune's reserved spaces (by INSEE code), never both. Rows are never deleted and their
 * period never rewritten: the history of a scope is its rows. At most one row per scope is open (no end
 * date), which the partial unique indexes enforce on every database; on PostgreSQL, exclusion constraints
 * also refuse overlapping periods (publication-director.constraints.ts).
 */
@Entity({ tableName: 'publication_director_assignment' })
@Unique({ name: 'publication_director_one_open_per_school', properties: ['school'], where: 'end_date is null' })
@Unique({ name: 'publication_director_one_open_per_commune', properties: ['commune'], where: 'end_date is null' })
@Index({ name: 'publication_director_school_history', properties: ['school', 'startDate'] })
@Index({ name: 'publication_director_commune_history', properties: ['commune', 'startDate'] })
@Check({ name: 'publication_director_one_scope', expression: '(school_uai is null) <> (commune_insee_code is null)' })
@ObjectType('PublicationDirectorAssignment', { description: 'Désignation d’un directeur de publication (article 6 de la convention) pour une période.' })
export class PublicationDirectorAssignment extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => School, { nullable: true, description: 'L’école dont les espaces sont concernés (ou null pour une commune).' })
  @ManyToOne(() => School, { fieldName: 'school_uai', nullable: true, index: false, deleteRule: 'restrict' })
  school?: School | null;

  @Field(() => Commune, { nullable: true, description: 'La commune dont les espaces réservés sont concernés (ou null pour une école).' })
  @ManyToOne(() => Commune, { fieldName: 'commune_insee_code', nullable: true, index: false, deleteRule: 'restrict' })
  commune?: Commune | null;

  @Field(() => Civility)
  @Enum({ items: () => Civility })
  civility!: Civility;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Field(() => String, { description: 'Adresse électronique professionnelle (en minuscules).' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => PublicationDirectorFunction)
  @Enum({ items: () => PublicationDirectorFunction })
  function!: PublicationDirectorFunction;

  @Field(() => String, { nullable: true, description: 'Pourquoi une personne d’une autre fonction (obligatoire pour OTHER).' })
  @Property({ type: 'string', length: 500, nullable: true })
  justification?: string | null;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Dernier jour de la période (incluse) ; null tant qu’elle est ouverte.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  endReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date à laquelle la personne a pris connaissance de la charte.' })
  @Property({ type: 'date', nullable: true })
  charterAcknowledgedOn?: string | null;
}
