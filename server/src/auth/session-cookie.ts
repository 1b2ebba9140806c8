import { parseCookie, stringifySetCookie } from 'cookie';
import type { Environment } from '../config.js';

/**
 * The session cookie: HttpOnly and SameSite=Lax always; in production also Secure with the `__Host-`
 * prefix (bound to this host, path /). Over plain http://localhost in development it must work, hence no
 * Secure flag there.
 */
export function sessionCookieName(env: Environment): string {
  return env === 'production' ? '__Host-ent_session' : 'ent_session';
}

export function readSessionToken(cookieHeader: string | undefined, env: Environment): string | undefined {
  if (!cookieHeader) return undefined;
  const token = parseCookie(cookieHeader)[sessionCookieName(env)];
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export function sessionSetCookie(env: Environment, token: string | null, maxAgeSeconds: number): string {
  return stringifySetCookie({
    name: sessionCookieName(env),
    value: token ?? '',
    httpOnly: true,
    sameSite: 'lax',
    secure: env === 'production',
    path: '/',
    maxAge: token ? maxAgeSeconds : 0,
  });
}
