import { Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';

/** Creation and last-change instants, kept by the ORM on every entity that extends it. */
@ObjectType()
export abstract class TimestampedEntity {
  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
