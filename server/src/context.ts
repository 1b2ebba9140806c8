import type { EntityManager, Orm } from './database/orm.js';
import { StatementCounter } from './database/query-log.js';
import { Loaders } from './common/loaders.js';
import type { CurrentUser } from './auth/current-user.js';
import type { Environment } from './config.js';
import type { Logger } from './logger.js';

/** Sets or clears the session cookie on the response (login, logout, password change). */
export interface SessionCookie {
  set(token: string): void;
  clear(): void;
}

/** Everything a resolver may use for one request. Built once per request; resolvers never mutate it. */
export interface RequestContext {
  readonly requestId: string;
  readonly env: Environment;
  /**
   * A fork of the ORM's entity manager: its own identity map and unit of work. Inside
   * `em.transactional(tx => …)` use `tx` only, never `ctx.em` nor `ctx.loaders` (bound to `ctx.em`): on
   * SQLite's single connection that waits for the transaction forever, on PostgreSQL it reads outside it.
   */
  readonly em: EntityManager;
  readonly loaders: Loaders;
  readonly logger: Logger;
  /** SQL statements run for this request, for the request log line and the N+1 tests. */
  readonly statements: StatementCounter;
  /** The instant the request started: every rule of the request sees the same "now". */
  readonly now: Date;
  /** The signed-in user, or null. */
  readonly user: CurrentUser | null;
  readonly client: { ip: string | null; userAgent: string | null };
  readonly sessionCookie: SessionCookie;
  /** Where uploaded files live (FILES_DIR): a mutation may erase a file's content (an identity proof once checked). */
  readonly filesDir: string;
}

export interface RequestBasics {
  requestId: string;
  env: Environment;
  logger: Logger;
  now: Date;
  client: RequestContext['client'];
  sessionCookie: SessionCookie;
  filesDir: string;
}

/** The entity manager and counter come first: the session check already runs on them. */
export function forkForRequest(orm: Orm, requestId: string): { em: EntityManager; statements: StatementCounter } {
  const statements = new StatementCounter();
  return { em: orm.em.fork({ loggerContext: { statements, requestId } }) as EntityManager, statements };
}

export function createRequestContext(fork: { em: EntityManager; statements: StatementCounter }, basics: RequestBasics, user: CurrentUser | null): RequestContext {
  return { ...basics, ...fork, loaders: new Loaders(fork.em), user };
}
