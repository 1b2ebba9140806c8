import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Department } from './department.entity.js';

/** A commune (collectivité), from the official reference data of `@etalab/decoupage-administratif`. */
@Entity({ tableName: 'commune' })
@Index({ properties: ['department', 'searchName'] })
@ObjectType({ description: 'Commune (collectivité territoriale), données de référence INSEE.' })
export class Commune {
  [PrimaryKeyProp]?: 'inseeCode';

  @Field(() => String, { description: 'Code officiel géographique INSEE (5 caractères, 2A/2B en Corse).' })
  @PrimaryKey({ type: 'string', length: 5 })
  inseeCode!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 150 })
  name!: string;

  /** Lower-case, accent-free name, for accent-insensitive search and a stable sort on every database. */
  @Property({ type: 'string', length: 150 })
  searchName!: string;

  @Field(() => Department)
  @ManyToOne(() => Department, { fieldName: 'department_code' })
  department!: Department;

  @Field(() => String, { nullable: true, description: 'SIREN de la commune (9 chiffres).' })
  @Property({ type: 'string', length: 9, nullable: true })
  siren?: string | null;

  /** Space-separated postal codes, exposed as a list. */
  @Property({ type: 'string', length: 255, default: '' })
  postalCodes: Opt<string> = '';

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  /** False once the commune has left the official list (merged into a commune nouvelle): kept for history. */
  @Field(() => Boolean, { description: 'Commune en vigueur ; fausse pour une commune fusionnée (conservée pour l’historique).' })
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune dans laquelle elle a fusionné.' })
  @Property({ type: 'string', length: 5, nullable: true })
  mergedIntoInseeCode?: string | null;
}
