// The national data set in the dedicated database: schema and reference data through the product's own CLI
// (so tables, indexes and communes are exactly the product's), then generated rows in SQL (files of this
// folder, in order, on one connection), the bench user through the CLI, VACUUM ANALYZE, and the objects
// that only the PostGraphile peer needs (peers/postgraphile.sql).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));

export const BENCH_DATABASE = 'ent_ecole_bench';
export const BENCH_USER = { email: 'bench@bench.ent-ecole.invalid', password: 'Loopback-Perf-2026!x', name: 'Compte de charge' };

/** The generated tables and how many rows they hold (what RESULTS.md prints as the data set). */
const SIZE_TABLES = [
  'academy', 'department', 'commune', 'circonscription', 'school', 'publication_director_assignment', 'convention_campaign', 'convention',
  'convention_school', 'council_deliberation', 'convention_payment', 'incident', 'audit_entry', 'data_subject_request', 'app_user', 'session',
];

export function databaseUrl(adminUrl, database) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs the product's CLI against the bench database, in production mode, like an operator would. */
function cli(root, benchUrl, args, extraEnv = {}) {
  const result = spawnSync(process.execPath, [path.join(root, 'server', 'dist', 'cli.js'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: benchUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...extraEnv },
  });
  if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout.trim();
}

/** Every index and constraint of the public schema, as PostgreSQL prints them: must not change while loading. */
async function schemaFingerprint(client) {
  const { rows } = await client.query(`
    select 'index ' || indexdef as def from pg_indexes where schemaname = 'public'
    union all
    select 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
    where connamespace = 'public'::regnamespace
    order by 1`);
  return rows.map((row) => row.def).join('\n');
}

export async function datasetSizes(benchUrl) {
  return withClient(benchUrl, async (client) => {
    const sizes = {};
    for (const table of SIZE_TABLES) sizes[table] = Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
    const open = await client.query(`select count(*) as n from incident where status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING')`);
    sizes.open_incidents = Number(open.rows[0].n);
    const db = await client.query('select pg_database_size(current_database()) as bytes');
    sizes.database_mb = Math.round(Number(db.rows[0].bytes) / 2 ** 20);
    return sizes;
  });
}

export async function databaseExists(adminUrl) {
  return withClient(adminUrl, async (client) => (await client.query('select 1 from pg_database where datname = $1', [BENCH_DATABASE])).rowCount > 0);
}

/** Drops and recreates the bench database, then loads everything. Returns the timings of each step (s). */
export async function loadDataset({ root, adminUrl, log }) {
  const benchUrl = databaseUrl(adminUrl, BENCH_DATABASE);
  const timings = [];
  const step = async (name, work) => {
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    timings.push({ step: name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
    return result;
  };

  await step('create database', () => withClient(adminUrl, async (client) => {
    // An autovacuum worker of another role may still be in the old database (right after a load): `with
    // (force)` may not end it without pg_signal_backend, but it quits soon by itself.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
        break;
      } catch (error) {
        if (attempt >= 30 || !['42501', '55006'].includes(error.code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
    await client.query(`create database ${BENCH_DATABASE}`);
  }));
  await step('cli migrate', () => cli(root, benchUrl, ['migrate']));
  await step('cli reference:load --national', () => cli(root, benchUrl, ['reference:load', '--national']));

  const schemaBefore = await withClient(benchUrl, schemaFingerprint);
  const files = fs.readdirSync(here).filter((file) => /^\d\d-.*\.sql$/.test(file)).sort();
  await withClient(benchUrl, async (client) => {
    for (const file of files) await step(file, () => client.query(fs.readFileSync(path.join(here, file), 'utf8')));
  });

  await step('cli user:create (bench user)', () => cli(root, benchUrl,
    ['user:create', BENCH_USER.email, '--name', BENCH_USER.name, '--role', 'ADMIN', '--scope', 'REGION:76'], { NEW_USER_PASSWORD: BENCH_USER.password }));
  // ADMIN is global whatever the scope written on its grant; the bench user also holds one on every région
  // académique, as the issue asks (so the session check reads ~18 grant rows, for every server alike).
  await step('ADMIN grants on every région', () => withClient(benchUrl, (client) => client.query(`
    insert into user_grant (user_id, role, scope_level, scope_code)
    select u.id, 'ADMIN', 'REGION', r.region_code
    from app_user u cross join (select distinct region_code from academy) r
    where u.email = $1
    on conflict do nothing`, [BENCH_USER.email])));

  const schemaAfter = await withClient(benchUrl, schemaFingerprint);
  if (schemaAfter !== schemaBefore) throw new Error('The generated data changed the schema the migrations made (indexes or constraints differ).');
  await step('vacuum analyze', () => withClient(benchUrl, (client) => client.query('vacuum analyze')));
  await step('PostGraphile views (bench only)', () => withClient(benchUrl, (client) =>
    client.query(fs.readFileSync(path.join(here, '..', 'peers', 'postgraphile.sql'), 'utf8'))));
  return { benchUrl, timings };
}
