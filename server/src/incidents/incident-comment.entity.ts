import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { Agent } from '../auth/agent.js';
import { User } from '../auth/user.entity.js';
import { Incident } from './incident.entity.js';

/** A message on an incident: public ones are mailed to the reporter, internal ones stay with the support staff. */
@Entity({ tableName: 'incident_comment' })
@ObjectType({ description: 'Commentaire d’un incident (public : envoyé au déclarant ; interne : réservé à l’assistance).' })
export class IncidentComment {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Incident, { fieldName: 'incident_id' })
  incident!: Rel<Incident>;

  @Field(() => Agent)
  @ManyToOne(() => User, { fieldName: 'author_id' })
  author!: User;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  internal!: boolean;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
