import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Orm } from '../database/orm.js';
import type { Logger } from '../logger.js';
import { createRequestContext, forkForRequest, type RequestContext } from '../context.js';
import { userFromCookie } from './session.service.js';

/** What a plain HTTP route (uploads, downloads) needs to build its request context. */
export interface RouteDeps {
  orm: Orm;
  config: Config;
  logger: Logger;
  clock: () => Date;
}

/**
 * The request context of a route outside GraphQL, authenticated by the session cookie like `/graphql`;
 * null when nobody is signed in. Routes never set or clear the cookie.
 */
export async function routeContext(deps: RouteDeps, req: Request, res: Response): Promise<RequestContext | null> {
  const now = deps.clock();
  const requestId = res.locals.requestId as string;
  const fork = forkForRequest(deps.orm, requestId);
  const user = await userFromCookie(fork.em, req.headers.cookie, deps.config.env, now);
  if (!user) return null;
  const ctx = createRequestContext(fork, {
    requestId, env: deps.config.env, now, logger: deps.logger.child({ requestId }),
    client: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
    sessionCookie: { set: () => undefined, clear: () => undefined },
  }, user);
  res.locals.ctx = ctx;
  return ctx;
}

/** The JSON error body of plain routes: `{ error: { code, message, requestId } }`. */
export function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: res.locals.requestId } });
}
