import type { RequestContext } from '../context.js';
import { rows, sqlBuilder, toBool } from '../common/sql.js';
import { TooManyAttemptsError, UnauthenticatedError } from '../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { verifyPassword } from './passwords.js';
import { openSession } from './session.service.js';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** The 6th attempt within the window, after 5 failures for one e-mail, is refused even when right. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Many addresses tried from one place (credential stuffing). */
export const MAX_FAILURES_PER_IP = 30;

const BAD_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Failures for this e-mail since its last success, and failures from this address, within the window. */
async function recentFailures(ctx: RequestContext, email: string): Promise<{ byEmail: number; byIp: number }> {
  const db = sqlBuilder(ctx.em);
  const since = new Date(ctx.now.getTime() - THROTTLE_WINDOW_MS);
  const [row] = await rows<{ byEmail: unknown; byIp: unknown }>(ctx.em, db.selectNoFrom((eb) => [
    eb.selectFrom('login_attempt as a').select((e) => e.fn.countAll().as('n')).where('a.email', '=', email).where('a.succeeded', '=', false).where('a.at', '>', since)
      .where((e) => e.not(e.exists(e.selectFrom('login_attempt as s').select('s.id').where('s.email', '=', email).where('s.succeeded', '=', true).whereRef('s.at', '>', 'a.at'))))
      .as('byEmail'),
    eb.selectFrom('login_attempt').select((e) => e.fn.countAll().as('n')).where('ip', '=', ctx.client.ip ?? '').where('succeeded', '=', false).where('at', '>', since).as('byIp'),
  ]));
  return { byEmail: Number(row?.byEmail ?? 0), byIp: Number(row?.byIp ?? 0) };
}

async function recordAttempt(ctx: RequestContext, email: string, succeeded: boolean): Promise<void> {
  await rows(ctx.em, sqlBuilder(ctx.em).insertInto('login_attempt').values({ email, ip: ctx.client.ip?.slice(0, 64) ?? null, at: ctx.now, succeeded }));
}

/**
 * Checks the credentials and opens a session; returns the user's id. The same message answers an
 * unknown e-mail, a deactivated account and a wrong password, after the same argon2 work.
 */
export async function login(ctx: RequestContext, rawEmail: string, password: string): Promise<number> {
  const email = normaliseEmail(rawEmail);
  const failures = await recentFailures(ctx, email);
  if (failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP) {
    await recordAttempt(ctx, email, false);
    throw new TooManyAttemptsError('Trop de tentatives de connexion : réessayez dans quinze minutes.', THROTTLE_WINDOW_MS / 1000);
  }
  const [user] = await rows<{ id: number; passwordHash: string; active: unknown; email: string }>(ctx.em, sqlBuilder(ctx.em)
    .selectFrom('app_user').select(['id', 'password_hash as passwordHash', 'active', 'email']).where('email', '=', email));
  const verified = await verifyPassword(user?.passwordHash, password);
  const succeeded = Boolean(user && verified && toBool(user.active));
  await recordAttempt(ctx, email, succeeded);
  if (!succeeded || !user) throw new UnauthenticatedError(BAD_CREDENTIALS);

  const token = await ctx.em.transactional(async (em) => {
    const opened = await openSession(em, user.id, ctx.client, ctx.now);
    await rows(em, sqlBuilder(em).updateTable('app_user').set({ last_login_at: ctx.now }).where('id', '=', user.id));
    recordAudit(em, { ...ctx, user: { id: user.id, email: user.email } }, { operation: 'login', targetType: 'User', targetId: user.id });
    return opened;
  });
  ctx.sessionCookie.set(token);
  return user.id;
}
