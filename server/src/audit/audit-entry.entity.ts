import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';

/**
 * One line of the audit trail: who did what to which record, with the fields before and after (never a
 * secret). Append-only (database triggers refuse updates other than sealing, and deletes). Entries are
 * chained by hash in the order the sealing job links them (`chainPosition`), so writers never wait on one
 * another (see docs/decisions/0004-audit-chain.md).
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['targetType', 'targetId'] })
@Index({ properties: ['actorUserId', 'at'] })
@Index({ properties: ['at'] })
@ObjectType({ description: 'Entrée du journal d’audit.' })
export class AuditEntry {
  @Field(() => ID)
  /** 32-bit on purpose: two billion entries is far beyond need, and SQLite diffs a 64-bit key forever. */
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  actorUserId?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  actorEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  /** The GraphQL mutation or command (`updateSchool`, `read:dataSubjectRequest`…). */
  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  operation!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  targetId?: string | null;

  /** JSON object `{ field: [before, after] }`. */
  @Property({ type: 'text', nullable: true })
  changes?: string | null;

  @Field(() => Int, { nullable: true })
  @Unique()
  @Property({ type: 'bigint', nullable: true })
  chainPosition?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  previousHash?: string | null;

  @Field(() => String, { nullable: true, description: 'Empreinte SHA-256 chaînée (nulle tant que l’entrée n’est pas scellée).' })
  @Property({ type: 'string', length: 64, nullable: true })
  hash?: string | null;
}
