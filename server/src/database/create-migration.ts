/**
 * Developer command: writes the migration that brings each driver's schema up to the entities.
 * For each driver it applies the committed migrations to a scratch database, diffs it against the entity
 * metadata, writes the new migration beside the others and registers it in that folder's index.
 *   pnpm --filter @ent-ecole/server migration:create <name>   (PostgreSQL needs TEST_DATABASE_URL)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../logger.js';
import { migrate, migrationsFolder, openOrm } from './orm.js';
import type { DatabaseConfig } from '../config.js';

async function createFor(database: DatabaseConfig, name: string): Promise<void> {
  const orm = await openOrm(database, createLogger('warn'));
  try {
    await migrate(orm);
    const result = await orm.migrator.create(undefined, false, false, name);
    if (!result.fileName) {
      console.log(`${database.driver}: schema already up to date`);
      return;
    }
    const folder = migrationsFolder(database.driver);
    const className = path.basename(result.fileName, '.ts');
    const indexFile = path.join(folder, 'index.ts');
    const list = database.driver === 'sqlite' ? 'sqliteMigrations' : 'postgresqlMigrations';
    let index = fs.readFileSync(indexFile, 'utf8');
    index = `import { ${className} } from './${className}.js';\n` + index;
    index = index.replace(new RegExp(`(export const ${list}[^=]*= \\[)([^\\]]*)\\]`), (_m, head: string, body: string) => {
      const items = [...body.matchAll(/\{[^}]*\}/g)].map((item) => item[0].replace(/\s+/g, ' '));
      items.push(`{ name: '${className}', class: ${className} }`);
      return `${head}\n  ${items.join(',\n  ')},\n]`;
    });
    fs.writeFileSync(indexFile, index);
    console.log(`${database.driver}: wrote ${result.fileName}`);
  } finally {
    await orm.close(true);
  }
}

const name = process.argv[2];
if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
  console.error('usage: migration:create <CamelCaseName>');
  process.exit(2);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ent-ecole-migration-'));
await createFor({ driver: 'sqlite', path: path.join(scratch, 'scratch.sqlite') }, name);
const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.error('TEST_DATABASE_URL is not set: the PostgreSQL migration was NOT written.');
  process.exit(1);
}
const dbName = `ent_ecole_migration_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${dbName}`);
try {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  await createFor({ driver: 'postgresql', url: url.toString() }, name);
} finally {
  await admin.query(`drop database ${dbName} with (force)`);
  await admin.end();
}
fs.rmSync(scratch, { recursive: true, force: true });
