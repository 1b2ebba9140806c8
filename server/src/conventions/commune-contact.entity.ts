import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { Commune } from '../territory/commune.entity.js';

/**
 * What a convention needs to know of a commune beyond the INSEE reference data: who represents it (the
 * mayor and their capacity, as the convention prints them), the town hall's SIRET and address, and the
 * référent ville, publication director of the commune's spaces (article 6). One per commune.
 */
@Entity({ tableName: 'commune_contact' })
@ObjectType({ description: 'Coordonnées d’une commune pour ses conventions : maire, mairie, référent ville.' })
export class CommuneContact extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Commune)
  @ManyToOne(() => Commune, { fieldName: 'commune_insee_code', unique: true })
  commune!: Commune;

  @Field(() => String, { nullable: true, description: 'Nom du maire, tel que la convention l’imprime (« LOPEZ Jérôme »).' })
  @Property({ type: 'string', length: 200, nullable: true })
  mayorName?: string | null;

  @Field(() => String, { nullable: true, description: 'Qualité du représentant (« Maire », « Maire adjoint délégué »).' })
  @Property({ type: 'string', length: 100, nullable: true })
  mayorCapacity?: string | null;

  @Field(() => String, { nullable: true, description: 'SIRET de la mairie : 14 chiffres, commence par le SIREN de la commune.' })
  @Property({ type: 'string', length: 14, nullable: true })
  townHallSiret?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 5, nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Courriel de la mairie (relances).' })
  @Property({ type: 'string', length: 254, nullable: true })
  townHallEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  referentName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  referentEmail?: string | null;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste : à renvoyer dans saveCommuneContact.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
