import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Role, ScopeLevel } from './auth.enums.js';
import { User } from './user.entity.js';

/**
 * A role over a scope. `scopeCode` is the région's INSEE code (76), the académie's code (11), the
 * département's code (34) or the circonscription's id, according to `scopeLevel`.
 */
@Entity({ tableName: 'user_grant' })
@Unique({ properties: ['user', 'role', 'scopeLevel', 'scopeCode'] })
@ObjectType({ description: 'Habilitation : un rôle sur un périmètre.' })
export class UserGrant {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @Field(() => ScopeLevel)
  @Enum({ items: () => ScopeLevel })
  scopeLevel!: ScopeLevel;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  scopeCode!: string;
}
