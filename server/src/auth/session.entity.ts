import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';

/**
 * A server-side session. The cookie holds a random token; the table holds its SHA-256 only, so a copy of
 * the database does not let anyone sign in.
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['user', 'revokedAt'] })
export class Session {
  /** SHA-256 (hex) of the cookie's token. */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Written at most once a minute, for the idle timeout. */
  @Property({ type: 'datetime' })
  lastSeenAt!: Date;

  /** Absolute end of the session, whatever the activity. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string | null;
}
