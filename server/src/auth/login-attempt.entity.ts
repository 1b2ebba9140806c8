import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One sign-in attempt, for throttling by e-mail and by address (kept in the database: many instances). */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['email', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'boolean' })
  succeeded!: boolean;
}
