import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '../database/orm.js';
import { CompiledStatements } from '../common/compiled-statements.js';
import { execute, rows, sqlBuilder, toInstant } from '../common/sql.js';
import type { Role, ScopeLevel } from './auth.enums.js';
import { CurrentUser, type GrantView } from './current-user.js';
import { readSessionToken } from './session-cookie.js';
import type { Environment } from '../config.js';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** The last-seen time is written at most this often: one write a minute per active user, not per request. */
const TOUCH_EVERY_MS = 60_000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session and returns the cookie's token (32 random bytes, base64url). */
export async function openSession(em: EntityManager, userId: number, client: { ip?: string | null; userAgent?: string | null }, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await rows(em, sqlBuilder(em).insertInto('session').values({
    id: sessionIdOf(token), user_id: userId, created_at: now, last_seen_at: now, expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    revoked_at: null, ip: client.ip?.slice(0, 64) ?? null, user_agent: client.userAgent?.slice(0, 300) ?? null,
  }));
  return token;
}

interface SessionRow {
  sessionId: string;
  lastSeenAt: unknown;
  userId: number;
  email: string;
  displayName: string;
  role: Role | null;
  scopeLevel: ScopeLevel | null;
  scopeCode: string | null;
}

/** The session check of every request, compiled once. */
const SESSION_LOOKUP = new CompiledStatements<{ sessionId: string; now: Date; idleSince: Date }>();

/**
 * The user behind a session token, in one statement (session, user and grants together), or null when
 * the session is unknown, revoked, idle for 30 minutes, older than 12 hours, or its user deactivated.
 */
export async function resolveSession(em: EntityManager, token: string, now: Date): Promise<CurrentUser | null> {
  const sessionId = sessionIdOf(token);
  const found = await SESSION_LOOKUP.rows<SessionRow>(em, 'session', { sessionId, now, idleSince: new Date(now.getTime() - SESSION_IDLE_MS) }, (db, slot) => db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('user_grant as g', 'g.user_id', 'u.id')
    .select(['s.id as sessionId', 's.last_seen_at as lastSeenAt', 'u.id as userId', 'u.email as email', 'u.display_name as displayName',
      'g.role as role', 'g.scope_level as scopeLevel', 'g.scope_code as scopeCode'])
    .where('s.id', '=', slot.sessionId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', slot.now)
    .where('s.last_seen_at', '>', slot.idleSince)
    .where('u.active', '=', true));
  const first = found[0];
  if (!first) return null;
  if (now.getTime() - toInstant(first.lastSeenAt)!.getTime() >= TOUCH_EVERY_MS) {
    await rows(em, sqlBuilder(em).updateTable('session').set({ last_seen_at: now }).where('id', '=', sessionId));
  }
  const grants: GrantView[] = found.filter((row) => row.role).map((row) => ({ role: row.role!, scopeLevel: row.scopeLevel!, scopeCode: row.scopeCode! }));
  return new CurrentUser(first.userId, first.email, first.displayName, grants, sessionId);
}

export async function revokeSession(em: EntityManager, sessionId: string, now: Date): Promise<void> {
  await rows(em, sqlBuilder(em).updateTable('session').set({ revoked_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null));
}

/** Revokes every open session of a user (password change, deactivation, admin action); returns how many. */
export async function revokeUserSessions(em: EntityManager, userId: number, now: Date, options: { except?: string } = {}): Promise<number> {
  let query = sqlBuilder(em).updateTable('session').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null)
    .where('expires_at', '>', now);
  if (options.except) query = query.where('id', '!=', options.except);
  return (await execute(em, query)).affected;
}

/** The user behind a request's session cookie, or null (no cookie, or an ended session). */
export async function userFromCookie(em: EntityManager, cookieHeader: string | undefined, env: Environment, now: Date): Promise<CurrentUser | null> {
  const token = readSessionToken(cookieHeader, env);
  return token ? resolveSession(em, token, now) : null;
}
