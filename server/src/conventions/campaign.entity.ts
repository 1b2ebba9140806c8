import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar } from '../common/scalars.js';
import { Academy } from '../territory/academy.entity.js';

/**
 * The yearly terms of an académie's conventions, opened by the academic team before the rentrée: the
 * price per school (never in code), the common end date, who signs for the région académique, and who is
 * data controller (the 2022 text names the rectrice of the académie, the 2023 text the région académique).
 */
@Entity({ tableName: 'convention_campaign' })
@Unique({ properties: ['schoolYear', 'academy'] })
@ObjectType('Campaign', { description: 'Campagne de conventionnement d’une académie pour une année scolaire.' })
export class Campaign extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Année scolaire, par exemple 2022-2023.' })
  @Property({ type: 'string', length: 9 })
  schoolYear!: string;

  @Field(() => Academy)
  @ManyToOne(() => Academy, { fieldName: 'academy_code' })
  academy!: Academy;

  @Field(() => Int, { description: 'Participation par école, en centimes (4500 = 45 € TTC).' })
  @Property({ type: 'integer' })
  unitPriceCents!: number;

  @Field(() => DateScalar, { description: 'Date de fin des conventions de la campagne (article 10).' })
  @Property({ type: 'date' })
  conventionEndDate!: string;

  @Field(() => String, { description: 'Signataire pour la région académique, par exemple Sophie Béjean.' })
  @Property({ type: 'string', length: 200 })
  signatoryName!: string;

  @Field(() => String, { description: 'Qualité du signataire, par exemple « rectrice de région académique ».' })
  @Property({ type: 'string', length: 300 })
  signatoryTitle!: string;

  @Field(() => String, { description: 'Responsable de traitement tel que le nomme l’article 8, par exemple « la rectrice de l’académie de Montpellier ».' })
  @Property({ type: 'string', length: 300 })
  dataControllerWording!: string;
}
