import { PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { LetterKind } from './data-request.enums.js';

/**
 * A letter template the DPO edited. Only edited templates are stored: the French defaults live in code
 * (letter.defaults.ts), so a new default reaches every database that kept it, and "reset" is a delete.
 */
@Entity({ tableName: 'letter_template' })
@ObjectType({ description: 'Modèle de courrier ({{champs}} remplacés à la génération).' })
export class LetterTemplate {
  [PrimaryKeyProp]?: 'kind';

  @Field(() => LetterKind)
  @PrimaryKey({ type: 'string', length: 30 })
  kind!: LetterKind;

  @Field(() => String, { description: 'Objet du courrier.' })
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste ; 0 : modèle par défaut, jamais modifié.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
