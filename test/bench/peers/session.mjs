// What both peers do before answering, exactly as our server does (auth/session.service.ts resolveSession):
// the session cookie's token → SHA-256 → ONE statement on session ⋈ app_user ⟕ user_grant (the primary key
// lookup), not revoked, not expired, not idle for 30 minutes, active user; last-seen written at most once a
// minute. And the sign-in of Q6: one statement for the user and grants, argon2id verification (the same
// package and hashes as the product), one insert of the session, the same cookie.
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const argon2 = createRequire(path.join(root, 'server', 'package.json'))('argon2');

export const COOKIE = '__Host-ent_session';
const IDLE_MS = 30 * 60_000;
const ABSOLUTE_MS = 12 * 60 * 60_000;
const TOUCH_EVERY_MS = 60_000;

/** The statement our server sends (Kysely's output for resolveSession, captured through the counting proxy). */
const SESSION_SQL = 'select "s"."id" as "sessionId", "s"."last_seen_at" as "lastSeenAt", "u"."id" as "userId", "u"."email" as "email", '
  + '"u"."display_name" as "displayName", "g"."role" as "role", "g"."scope_level" as "scopeLevel", "g"."scope_code" as "scopeCode" '
  + 'from "session" as "s" inner join "app_user" as "u" on "u"."id" = "s"."user_id" left join "user_grant" as "g" on "g"."user_id" = "u"."id" '
  + 'where "s"."id" = $1 and "s"."revoked_at" is null and "s"."expires_at" > $2 and "s"."last_seen_at" > $3 and "u"."active" = $4';

function tokenOf(cookieHeader) {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === COOKIE) {
      const token = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
    }
  }
  return undefined;
}

const sessionIdOf = (token) => createHash('sha256').update(token).digest('hex');

/** The signed-in user ({ id, email, grants }) or null. */
export async function checkSession(pool, cookieHeader) {
  const token = tokenOf(cookieHeader);
  if (!token) return null;
  const now = new Date();
  const sessionId = sessionIdOf(token);
  const { rows } = await pool.query(SESSION_SQL, [sessionId, now, new Date(now.getTime() - IDLE_MS), true]);
  if (!rows.length) return null;
  if (now.getTime() - rows[0].lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await pool.query('update "session" set "last_seen_at" = $1 where "id" = $2', [now, sessionId]);
  }
  return { id: rows[0].userId, email: rows[0].email, grants: rows.filter((row) => row.role).map(({ role, scopeLevel, scopeCode }) => ({ role, scopeLevel, scopeCode })) };
}

const USER_SQL = `select u.id, u.email, u.display_name, u.password_hash, u.active, u.password_changed_at,
  coalesce((select json_agg(json_build_object('role', g.role, 'scopeLevel', g.scope_level, 'scopeCode', g.scope_code) order by g.id)
            from user_grant g where g.user_id = u.id), '[]'::json) as grants
  from app_user u where u.email = $1`;
const NOBODY = '$argon2id$v=19$m=19456,p=1,t=2$xOJuCwEBlQKoFAGwXWmjVw$pJDZkqd8M8L4E/Kmt6te8LCWBTw1g3ZNabTHonhVW90';

/** POST /login {email, password}: 200 with the user and the session cookie, or 401. */
export async function login(pool, req, res, body) {
  let input;
  try {
    input = JSON.parse(body);
  } catch {
    input = {};
  }
  const email = String(input.email ?? '').trim().toLowerCase();
  const { rows: [user] } = await pool.query(USER_SQL, [email]);
  let verified = false;
  try {
    verified = await argon2.verify(user?.password_hash ?? NOBODY, String(input.password ?? ''));
  } catch {
    verified = false;
  }
  if (!user || !verified || !user.active) {
    res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"UNAUTHENTICATED"}]}');
    return;
  }
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await pool.query('insert into "session" ("id", "user_id", "created_at", "last_seen_at", "expires_at", "revoked_at", "ip", "user_agent") values ($1, $2, $3, $4, $5, $6, $7, $8)',
    [sessionIdOf(token), user.id, now, now, new Date(now.getTime() + ABSOLUTE_MS), null, req.socket.remoteAddress?.slice(0, 64) ?? null, req.headers['user-agent']?.slice(0, 300) ?? null]);
  res.writeHead(200, {
    'content-type': 'application/json',
    'set-cookie': `${COOKIE}=${token}; Max-Age=${ABSOLUTE_MS / 1000}; Path=/; HttpOnly; Secure; SameSite=Lax`,
  }).end(JSON.stringify({ data: { login: {
    id: String(user.id), email: user.email, displayName: user.display_name, passwordChangedAt: user.password_changed_at?.toISOString() ?? null, grants: user.grants,
  } } }));
}

export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
  });
}
