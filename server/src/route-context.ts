import type { NextFunction, Request, Response } from 'express';
import type { Config } from './config.js';
import type { Orm } from './database/orm.js';
import type { Logger } from './logger.js';
import { createRequestContext, forkForRequest, type RequestContext } from './context.js';
import { userFromCookie } from './auth/session.service.js';
import { DomainError, type ErrorCode } from './errors.js';

/** What an HTTP route outside GraphQL (files, documents) needs to build a request context. */
export interface RouteDeps {
  orm: Orm;
  config: Config;
  logger: Logger;
  clock: () => Date;
}

/** The request context of the session cookie's user, as GraphQL builds it; null when nobody is signed in. */
export async function routeContext(deps: RouteDeps, req: Request, res: Response): Promise<RequestContext | null> {
  const now = deps.clock();
  const requestId = res.locals.requestId as string;
  const fork = forkForRequest(deps.orm, requestId);
  const user = await userFromCookie(fork.em, req.headers.cookie, deps.config.env, now);
  if (!user) return null;
  const ctx = createRequestContext(fork, {
    requestId, env: deps.config.env, config: deps.config, now, logger: deps.logger.child({ requestId }),
    client: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
    sessionCookie: { set: () => undefined, clear: () => undefined },
  }, user);
  res.locals.ctx = ctx;
  return ctx;
}

/** An error answer of a route, shaped like GraphQL's: a code clients rely on, a French message, the request id. */
export function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: res.locals.requestId } });
}

/** The headers of a file sent for download: never cached, saved under its (UTF-8) name. */
export function downloadHeaders(res: Response, file: { contentType: string; size: number; name: string }): void {
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-length', String(file.size));
  res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  res.setHeader('cache-control', 'private, no-store');
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_ATTEMPTS: 429,
};

/** A domain error becomes its HTTP status with the same code and message as in GraphQL; anything else goes on. */
export function routeError(res: Response, next: NextFunction, error: unknown): void {
  if (error instanceof DomainError) return refuse(res, HTTP_STATUS[error.code], error.code, error.message);
  next(error);
}
