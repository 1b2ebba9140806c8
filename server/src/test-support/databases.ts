import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../config.js';

export type Driver = DatabaseConfig['driver'];

/** Prepared once per test run by global-setup.ts: migrated databases with the reference data loaded. */
export interface DatabaseTemplates {
  sqlite: string;
  postgresql: { adminUrl: string; template: string } | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates;
  }
}

/** Every database test runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set (.ci/run sets it). */
export const drivers: Driver[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgresql'] : ['sqlite'];

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A private copy of the template for one test file: tests never share rows, and run in parallel. */
export async function createTestDatabase(driver: Driver): Promise<TestDatabase> {
  const templates = inject('databaseTemplates');
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (driver === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ent-ecole-test-'));
    const file = path.join(dir, 'test.sqlite');
    fs.copyFileSync(templates.sqlite, file);
    return { config: { driver, path: file }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  if (!templates.postgresql) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const { adminUrl, template } = templates.postgresql;
  const name = `ent_ecole_test_${suffix}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  return {
    config: { driver, url: databaseUrl(adminUrl, name) },
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Copying one template from several workers at once: PostgreSQL refuses while another copy runs. And
    // dropping a copy `with (force)` fails while an autovacuum worker, which the test role may not
    // terminate, is busy on it after a bulk write: both pass after a moment.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if (attempt >= 20 || !/is being accessed by other users|pg_signal_backend/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
}
