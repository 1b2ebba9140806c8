import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** An académie, identified by its official code (`11` Montpellier, `16` Toulouse). */
@Entity({ tableName: 'academy' })
@ObjectType({ description: 'Académie, avec son code officiel (11 Montpellier, 16 Toulouse).' })
export class Academy {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String)
  @PrimaryKey({ type: 'string', length: 2 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** INSEE code of the région académique (76 for Occitanie). */
  @Field(() => String)
  @Property({ type: 'string', length: 2 })
  regionCode!: string;

  @Field(() => String, { description: 'Région académique, par exemple « Région académique Occitanie ».' })
  @Property({ type: 'string', length: 100 })
  regionName!: string;

  @Field(() => Boolean, { description: 'Académie servie par ENT-École (Occitanie).' })
  @Property({ type: 'boolean', default: false })
  served: Opt<boolean> = false;
}
