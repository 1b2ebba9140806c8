import type { Request, Response } from 'express';
import type { Config } from './config.js';
import type { Orm } from './database/orm.js';
import type { Logger } from './logger.js';
import { createRequestContext, forkForRequest, type RequestContext } from './context.js';
import { userFromCookie } from './auth/session.service.js';

/** What the routes outside GraphQL (files, downloads) need to build a request context. */
export interface RestDeps {
  orm: Orm;
  config: Config;
  logger: Logger;
  clock: () => Date;
}

/** The request context of a route outside GraphQL, from the session cookie; null when signed out. */
export async function restContext(deps: RestDeps, req: Request, res: Response): Promise<RequestContext | null> {
  const now = deps.clock();
  const fork = forkForRequest(deps.orm, res.locals.requestId as string);
  const user = await userFromCookie(fork.em, req.headers.cookie, deps.config.env, now);
  if (!user) return null;
  const ctx = createRequestContext(fork, {
    requestId: res.locals.requestId as string, env: deps.config.env, now, logger: deps.logger.child({ requestId: res.locals.requestId }),
    client: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
    sessionCookie: { set: () => undefined, clear: () => undefined },
  }, user);
  res.locals.ctx = ctx;
  return ctx;
}

/** A JSON error answer shaped like GraphQL's codes. */
export function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: res.locals.requestId } });
}
