import { Collection, type Opt } from '@mikro-orm/core';
import { Entity, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateTimeScalar } from '../common/scalars.js';
import { UserGrant } from './grant.entity.js';

/** A person who signs in to the back office. `user` is reserved in PostgreSQL, hence `app_user`. */
@Entity({ tableName: 'app_user' })
@ObjectType({ description: 'Compte d’un agent.' })
export class User extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Lower case: e-mail addresses are compared without case. */
  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  /** argon2id; never selected unless asked for, never serialised. */
  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  passwordChangedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  @OneToMany(() => UserGrant, (grant) => grant.user, { orphanRemoval: true })
  grants = new Collection<UserGrant>(this);
}
