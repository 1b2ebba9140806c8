import pg from 'pg';
import type { DatabaseConfig } from '../config.js';

/** Arbitrary constant: the advisory lock id reserved for start-up work (migrations, reference data). */
const STARTUP_LOCK_ID = 7_462_011;

/**
 * Runs start-up work (migrations, reference and demo data) while holding a PostgreSQL advisory lock, so
 * that instances started together behind a load balancer do not migrate the same database twice.
 * SQLite files are not shared between instances (one file per instance), so nothing is needed there.
 */
export async function withStartupLock<T>(database: DatabaseConfig, work: () => Promise<T>): Promise<T> {
  if (database.driver !== 'postgresql') return work();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_ID]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}
