import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, drivers, type TestDatabase } from '../test-support/databases.js';
import { createStatementNamer } from './prepared-statements.js';

// Named prepared statements are a PostgreSQL protocol feature: SQLite (better-sqlite3) has nothing to name.
describe.runIf(drivers.includes('postgresql'))('named prepared statements (postgresql)', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
    if (database.config.driver !== 'postgresql') throw new Error('unreachable');
    // One connection, so that what one statement prepared is visible to the next.
    pool = new pg.Pool({ connectionString: database.config.url, max: 1 });
    pool.on('connect', createStatementNamer({ perConnection: 2 }));
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  // Sent without values, so that this check is never named itself.
  const prepared = async (on: pg.Pool | pg.PoolClient = pool) => (await on.query("select statement from pg_prepared_statements where name like 'ent\\_%' order by prepare_time")).rows
    .map((row: { statement: string }) => row.statement);
  const LOOKUP = 'select name from commune where insee_code = $1';

  it('names a statement the second time its text is sent, and then only binds it', async () => {
    await pool.query(LOOKUP, ['34172']);
    expect(await prepared()).not.toContain(LOOKUP);
    await pool.query(LOOKUP, ['34172']);
    await pool.query(LOOKUP, ['34032']);
    expect((await prepared()).filter((text) => text === LOOKUP)).toHaveLength(1);
  });

  const ACADEMY = 'select code from academy where code = $1';
  const DEPARTMENT = 'select code from department where code = $1';

  it('keeps at most its limit per connection, deallocating the least recently used, which still runs afterwards', async () => {
    for (const text of [ACADEMY, DEPARTMENT]) for (let i = 0; i < 2; i++) await pool.query(text, ['34']);
    const now = await prepared();
    expect(now).toHaveLength(2);
    expect(now).not.toContain(LOOKUP);
    for (let i = 0; i < 2; i++) expect((await pool.query(LOOKUP, ['34172'])).rows).toEqual([{ name: 'Montpellier' }]);
    expect(await prepared()).toContain(LOOKUP);
  });

  it('stays consistent when the eviction happens inside an aborted transaction', async () => {
    const client = await pool.connect();
    try {
      expect(await prepared(client)).toEqual([DEPARTMENT, LOOKUP]);
      await client.query('begin');
      await expect(client.query('select 1 / 0 where $1::int = 1', [1])).rejects.toThrow(/division by zero/);
      // A third repeated statement evicts the oldest; its DEALLOCATE fails in the aborted transaction.
      const third = 'select name from academy where code = $1';
      await expect(client.query(third, ['11'])).rejects.toThrow(/aborted/);
      await expect(client.query(third, ['11'])).rejects.toThrow(/aborted/);
      await client.query('rollback');
      expect(await prepared(client)).toContain(DEPARTMENT);
      // pg knows it is still prepared: using it again binds it rather than parsing an existing name.
      expect((await client.query(DEPARTMENT, ['34'])).rows).toEqual([{ code: '34' }]);
      await expect(client.query(third, ['11'])).resolves.toBeDefined();
    } finally {
      client.release();
    }
  });

  it('survives a migration that changes the type of a selected column: one use fails, PostgreSQL plans the next', async () => {
    await pool.query('create table stale_plan_check (code int)');
    await pool.query('insert into stale_plan_check values (1)');
    const text = 'select code from stale_plan_check where code = $1';
    for (let i = 0; i < 2; i++) await pool.query(text, [1]);
    await pool.query('alter table stale_plan_check alter column code type bigint');
    await expect(pool.query(text, [1])).rejects.toThrow(/cached plan must not change result type/);
    expect((await pool.query(text, [1])).rows).toEqual([{ code: '1' }]);
  });

  it('never names statements other than select, insert, update, delete, nor those sent without values', async () => {
    for (let i = 0; i < 3; i++) await pool.query("set application_name = 'ent-ecole-test'", []);
    for (let i = 0; i < 3; i++) await pool.query('select 1');
    const all = (await pool.query('select statement from pg_prepared_statements')).rows.map((row: { statement: string }) => row.statement);
    expect(all.some((text) => /application_name|^select 1$/.test(text))).toBe(false);
  });
});
