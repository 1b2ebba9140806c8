import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { NotificationStatus } from './notification.enums.js';

/**
 * An e-mail in the outbox. Written in the same transaction as the change that calls for it, sent later by
 * the sender job, retried with backoff: a message is never lost when the SMTP server is down, nor sent for
 * a change that was rolled back.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['status', 'availableAt'] })
@ObjectType({ description: 'Courriel de la file d’envoi (outbox).' })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** What it is about (`publication-director.assigned`, `incident.comment`…), for filtering and statistics. */
  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  toEmail!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  bodyText!: string;

  /** Sending the same reminder twice is refused by this key (`reminder:convention:12:2024-05-02`). */
  @Unique()
  @Property({ type: 'string', length: 200, nullable: true })
  dedupeKey?: string | null;

  @Field(() => NotificationStatus)
  @Enum({ items: () => NotificationStatus, default: NotificationStatus.PENDING })
  status: Opt<NotificationStatus> = NotificationStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  /** Not before this instant (first send, or the next retry). */
  @Property({ type: 'datetime' })
  availableAt!: Date;

  /** A sender claimed it until then; another instance takes over if that sender died. */
  @Property({ type: 'datetime', nullable: true })
  claimedUntil?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
