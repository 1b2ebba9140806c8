import type { LogContext, Logger, LoggerNamespace } from '@mikro-orm/core';

/**
 * Per-request SQL statement counter. The request's entity manager carries it in its logger context, and
 * the ORM logger below increments it for every statement (ORM queries and `sql.ts` queries alike), so the
 * request log line and the tests can tell how many statements an operation ran.
 */
export class StatementCounter {
  count = 0;
}

interface Sink {
  debug(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/** MikroORM logger: counts statements per request and forwards them to pino at debug level. */
export class OrmLogger implements Logger {
  constructor(private readonly sink: Sink) {}

  log(namespace: string, message: string, context?: LogContext): void {
    this.sink.debug({ namespace, ...stripped(context) }, message);
  }

  error(namespace: string, message: string, context?: LogContext): void {
    this.sink.warn({ namespace, ...stripped(context) }, message);
  }

  warn(namespace: string, message: string, context?: LogContext): void {
    this.sink.warn({ namespace, ...stripped(context) }, message);
  }

  logQuery(context: LogContext): void {
    const counter = context.statements;
    if (counter instanceof StatementCounter) counter.count++;
    if (context.level === 'error') this.sink.warn({ sql: context.query, took: context.took }, 'sql failed');
    else this.sink.debug({ sql: context.query, took: context.took }, 'sql');
  }

  setDebugMode(_debugMode: boolean | LoggerNamespace[]): void {}

  isEnabled(_namespace: LoggerNamespace): boolean {
    return true;
  }
}

/** Never log parameters: they may hold personal data or secrets. */
function stripped(context: LogContext | undefined): object {
  if (!context) return {};
  const { params: _params, statements: _statements, ...rest } = context;
  return rest;
}
