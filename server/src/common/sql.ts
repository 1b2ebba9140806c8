import type { Compilable, CompiledQuery, ExpressionBuilder, Kysely, RawBuilder } from 'kysely';
import { SqlitePlatform } from '@mikro-orm/sql';
import type { EntityManager } from '../database/orm.js';
import { StatementCounter } from '../database/query-log.js';

/**
 * Read paths build SQL with Kysely and run it on the request's entity manager connection: the statement
 * joins the current transaction, keeps its bound parameters (the ORM's raw `execute` would inline them),
 * is counted for the request, and returns plain rows without entity hydration
 * (see docs/decisions/0002-read-models.md).
 */
export type Db = Kysely<any>;

/** The expression builder handed to `where` callbacks of untyped (`Kysely<any>`) queries. */
export type Eb = ExpressionBuilder<any, any>;

export function sqlBuilder(em: EntityManager): Db {
  return em.getKysely() as Db;
}

/** Runs a statement; `affected` is the number of rows an insert, update or delete touched. */
export type Statement = Compilable<unknown> | RawBuilder<unknown>;

export async function execute<T>(em: EntityManager, query: Statement): Promise<{ rows: T[]; affected: number }> {
  // A raw sql`…` fragment compiles against the dialect of the Kysely instance it is given.
  return run<T>(em, (query as RawBuilder<unknown>).compile(sqlBuilder(em)));
}

/** Runs a compiled statement on the request's connection, counted for the request. */
export async function run<T>(em: EntityManager, compiled: CompiledQuery): Promise<{ rows: T[]; affected: number }> {
  if (em.getPlatform() instanceof SqlitePlatform) compiled = { ...compiled, parameters: compiled.parameters.map(sqliteParameter) };
  const counter = em.getLoggerContext().statements;
  if (counter instanceof StatementCounter) counter.count++;
  const result = await em.getKysely().executeQuery<T>(compiled);
  return { rows: result.rows as T[], affected: Number(result.numAffectedRows ?? 0) };
}

export async function rows<T>(em: EntityManager, query: Statement): Promise<T[]> {
  return (await execute<T>(em, query)).rows;
}

export async function firstRow<T>(em: EntityManager, query: Statement): Promise<T | undefined> {
  return (await rows<T>(em, query))[0];
}

/** better-sqlite3 binds neither booleans nor dates: store them as the ORM does (0/1, epoch milliseconds). */
function sqliteParameter(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return value;
}

/** PostgreSQL returns `count(*)` as a string (bigint); SQLite as a number. */
export function toInt(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** SQLite stores booleans as 0/1. */
export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/** Calendar dates: PostgreSQL `date` may come back as a Date at local midnight; SQLite as text. */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const y = value.getFullYear();
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  return String(value).slice(0, 10);
}

/** Instants: PostgreSQL returns Date; SQLite stores milliseconds or ISO text. */
export function toInstant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
}
