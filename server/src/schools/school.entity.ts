import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar } from '../common/scalars.js';
import { Circonscription } from '../territory/circonscription.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { SchoolKind, SchoolSector, SchoolStatus } from './school.enums.js';

/**
 * A school (école), identified by its UAI. `departmentCode` repeats the commune's department so that
 * department pages filter, sort and count on one table through one index (see docs/decisions).
 */
@Entity({ tableName: 'school' })
@Index({ properties: ['departmentCode', 'searchName', 'uai'] })
@Index({ properties: ['commune', 'searchName'] })
@Index({ properties: ['circonscription', 'searchName'] })
@ObjectType({ description: 'École du premier degré, identifiée par son code UAI.' })
export class School extends TimestampedEntity {
  [PrimaryKeyProp]?: 'uai';

  @Field(() => String, { description: 'Code UAI (ex-RNE) : 7 chiffres et une lettre de contrôle.' })
  @PrimaryKey({ type: 'string', length: 8 })
  uai!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 200 })
  searchName!: string;

  @Field(() => SchoolKind)
  @Enum({ items: () => SchoolKind })
  kind!: SchoolKind;

  @Field(() => SchoolSector)
  @Enum({ items: () => SchoolSector })
  sector!: SchoolSector;

  @Field(() => SchoolStatus)
  @Enum({ items: () => SchoolStatus, default: SchoolStatus.OPEN })
  status: Opt<SchoolStatus> = SchoolStatus.OPEN;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Field(() => Commune)
  @ManyToOne(() => Commune, { fieldName: 'commune_insee_code' })
  commune!: Commune;

  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Field(() => Circonscription, { nullable: true })
  @ManyToOne(() => Circonscription, { fieldName: 'circonscription_id', nullable: true })
  circonscription?: Circonscription | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 5, nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Directeur ou directrice (nom), selon l’annuaire (ONDE).' })
  @Property({ type: 'string', length: 200, nullable: true })
  directorName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  directorEmail?: string | null;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste : à renvoyer dans updateSchool.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
