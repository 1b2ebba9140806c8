import type { Request, Response } from 'express';
import type { Config } from './config.js';
import type { Orm } from './database/orm.js';
import type { Logger } from './logger.js';
import { createRequestContext, forkForRequest, type RequestContext } from './context.js';
import { userFromCookie } from './auth/session.service.js';

export interface RouteDeps {
  orm: Orm;
  config: Config;
  logger: Logger;
  clock: () => Date;
}

/**
 * The request context of a plain HTTP route (file transfers, exports) from the session cookie, as GraphQL
 * builds it; null when nobody is signed in. Kept in `res.locals.ctx` for the request log line.
 */
export async function routeContext(deps: RouteDeps, req: Request, res: Response): Promise<RequestContext | null> {
  const now = deps.clock();
  const fork = forkForRequest(deps.orm, res.locals.requestId as string);
  const user = await userFromCookie(fork.em, req.headers.cookie, deps.config.env, now);
  if (!user) return null;
  const ctx = createRequestContext(fork, {
    requestId: res.locals.requestId as string, env: deps.config.env, config: deps.config, now, logger: deps.logger.child({ requestId: res.locals.requestId }),
    client: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
    sessionCookie: { set: () => undefined, clear: () => undefined },
  }, user);
  res.locals.ctx = ctx;
  return ctx;
}

/** A refusal outside GraphQL, in the same shape as the other HTTP errors. */
export function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: res.locals.requestId } });
}
