import { createQueryId, type CompiledQuery } from 'kysely';
import type { EntityManager } from '../database/orm.js';
import { run, sqlBuilder, type Db, type Statement } from './sql.js';

/** Where a value goes in a statement compiled once; replaced by the run's value at each run. */
class Slot {
  constructor(readonly name: string) {}
}

/** Shapes kept per cache: each is a few kilobytes of SQL text and its parameter list. */
const MAX_SHAPES = 500;

/**
 * Statements built and compiled once per shape, then run with each call's values. Building a statement
 * with Kysely and compiling it costs about 0.1 ms of CPU for a school with its relations: on the session
 * check that every request makes and on the hottest reads, that was a tenth of the request
 * (test/bench/RESULTS.md). `shape` must name everything the SQL text depends on (the relations asked for,
 * the reader's perimeter); the values that change from call to call go through `slots`: the builder
 * receives placeholders and must use them as plain values (never transform them, never branch on them).
 */
export class CompiledStatements<Values extends Record<string, unknown>> {
  private readonly shapes = new Map<string, CompiledQuery>();
  private readonly slots = new Proxy({}, { get: (_target, name) => new Slot(String(name)) }) as Values;

  async rows<T>(em: EntityManager, shape: string, values: Values, build: (db: Db, slots: Values) => Statement): Promise<T[]> {
    // SQLite and PostgreSQL compile differently, and a test process talks to both.
    const key = `${em.getPlatform().constructor.name}\u0000${shape}`;
    let compiled = this.shapes.get(key);
    if (!compiled) {
      const db = sqlBuilder(em);
      compiled = (build(db, this.slots) as unknown as { compile(db: Db): CompiledQuery }).compile(db);
      if (this.shapes.size >= MAX_SHAPES) this.shapes.delete(this.shapes.keys().next().value!);
      this.shapes.set(key, compiled);
    }
    const parameters = compiled.parameters.map((value) => (value instanceof Slot ? values[value.name] : value));
    // A fresh query id per run: Kysely plugins key their per-query state on it.
    return (await run<T>(em, { ...compiled, parameters, queryId: createQueryId() })).rows;
  }
}
