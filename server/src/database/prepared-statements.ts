import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Named prepared statements on PostgreSQL, for statements that come back.
 *
 * Kysely sends every statement unnamed, so PostgreSQL parses and plans it again on each request; on the
 * hot reads (a school with its relations, a page of incidents) that planning cost as much PostgreSQL CPU as
 * executing them (test/bench/RESULTS.md). A statement whose text is sent a second time is therefore sent
 * under a name derived from its text: each connection parses it once and then only binds and executes it,
 * as PostGraphile does. Each connection keeps at most `perConnection` of them, least recently used
 * evicted with DEALLOCATE, so that statements built from rare filter combinations cannot pile up in
 * PostgreSQL's memory. Statements other than select/insert/update/delete are never named (DDL of
 * migrations cannot be prepared), nor are those seen only once (no name wasted on a one-off).
 */
export interface PreparedStatementOptions {
  /** Named statements kept per connection (PostgreSQL keeps their plans in the backend's memory). */
  perConnection: number;
}

const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
/** Texts seen once; forgotten wholesale when it grows past this, which only delays naming. */
const SEEN_LIMIT = 10_000;

type Query = pg.Client['query'];
/** pg's connection keeps the names it has parsed; an evicted name must leave it, or pg would not parse it again. */
interface Connection { parsedStatements: Record<string, string> }

export function createStatementNamer({ perConnection }: PreparedStatementOptions): (client: pg.Client) => void {
  const names = new Map<string, string>();
  const seenOnce = new Set<string>();

  function nameOf(text: string): string | undefined {
    const known = names.get(text);
    if (known) return known;
    if (!seenOnce.has(text)) {
      if (seenOnce.size >= SEEN_LIMIT) seenOnce.clear();
      if (PREPARABLE.test(text)) seenOnce.add(text);
      return undefined;
    }
    seenOnce.delete(text);
    const name = `ent_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
    return name;
  }

  return (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    const connection = (client as unknown as { connection: Connection }).connection;
    /** Names prepared on this connection and their texts, least recently used first (a Map keeps insertion order). */
    const recent = new Map<string, string>();

    const evictBeyondLimit = () => {
      for (const [oldest, text] of recent) {
        if (recent.size <= perConnection) return;
        recent.delete(oldest);
        // Forgotten before the DEALLOCATE is queued, so that a later use parses it again after it. The
        // DEALLOCATE fails only inside an aborted transaction; the statement then stays prepared, and pg
        // must know it again, or its next use would try to parse an existing name.
        delete connection.parsedStatements[oldest];
        (original(`deallocate "${oldest}"`) as Promise<unknown>).catch(() => { connection.parsedStatements[oldest] = text; });
      }
    };

    client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
      const name = typeof config === 'string' && Array.isArray(values) ? nameOf(config) : undefined;
      if (!name) return original(config, values, callback);
      recent.delete(name);
      recent.set(name, config as string);
      evictBeyondLimit();
      return original({ name, text: config, values }, callback);
    }) as Query;
  };
}
