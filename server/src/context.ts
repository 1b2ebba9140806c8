import type { EntityManager, Orm } from './database/orm.js';
import { StatementCounter } from './database/query-log.js';
import { Loaders } from './common/loaders.js';
import type { Logger } from './logger.js';

/** Everything a resolver may use for one request. Built once per request; resolvers never mutate it. */
export interface RequestContext {
  readonly requestId: string;
  /** A fork of the ORM's entity manager: its own identity map and unit of work. */
  readonly em: EntityManager;
  readonly loaders: Loaders;
  readonly logger: Logger;
  /** SQL statements run for this request, for the request log line and the N+1 tests. */
  readonly statements: StatementCounter;
  /** The instant the request started: every rule of the request sees the same "now". */
  readonly now: Date;
}

export function createRequestContext(orm: Orm, requestId: string, logger: Logger, now: Date): RequestContext {
  const statements = new StatementCounter();
  const em = orm.em.fork({ loggerContext: { statements, requestId } }) as EntityManager;
  return { requestId, em, loaders: new Loaders(em), logger, statements, now };
}
