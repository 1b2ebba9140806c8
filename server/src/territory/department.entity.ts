import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Academy } from './academy.entity.js';

/** A département, by its INSEE code (`34`, `2A`, `971`). */
@Entity({ tableName: 'department' })
@ObjectType({ description: 'Département, avec son code INSEE (34, 2A, 971).' })
export class Department {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String)
  @PrimaryKey({ type: 'string', length: 3 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Academy)
  @ManyToOne(() => Academy, { fieldName: 'academy_code', index: true })
  academy!: Academy;
}
