import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/core';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { AbstractSqlPlatform, SqlEntityManager } from '@mikro-orm/sql';
import { declareAuditTriggers } from '../audit/audit-triggers.js';
import { declarePublicationDirectorConstraints } from '../publication-directors/publication-director.constraints.js';
import type { Logger as Pino } from 'pino';
import type pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { entities } from './entities.js';
import { createStatementNamer } from './prepared-statements.js';
import { OrmLogger } from './query-log.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';

export type Orm = MikroORM;

/** Named prepared statements kept per PostgreSQL connection (prepared-statements.ts), as PostGraphile keeps 100. */
const PREPARED_PER_CONNECTION = 100;
export type EntityManager = SqlEntityManager;

/** Source folder of each driver's migrations (where `migration:create` writes). */
export const migrationsFolder = (driver: DatabaseConfig['driver']) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'migrations', driver);

export function ormOptions(database: DatabaseConfig, logger: Pino): Partial<Options> {
  const common = {
    entities,
    extensions: [Migrator],
    loggerFactory: () => new OrmLogger(logger.child({ module: 'sql' })),
    debug: true,
    // Every read that matters goes through explicit queries (sql.ts); the ORM must not guess.
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Constraints that only PostgreSQL has (triggers, exclusion constraints), declared so that diffs keep them.
    discovery: {
      onMetadata: (meta, platform) => {
        declareAuditTriggers(meta, platform as AbstractSqlPlatform);
        declarePublicationDirectorConstraints(meta, platform as AbstractSqlPlatform);
      },
    },
  } satisfies Partial<Options>;
  if (database.driver === 'sqlite') {
    return {
      ...common,
      driver: SqliteDriver,
      dbName: database.path,
      migrations: { path: migrationsFolder('sqlite'), migrationsList: sqliteMigrations, snapshot: false, transactional: true, allOrNothing: true },
    };
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    pool: { min: 0, max: 10, idleTimeoutMillis: 30_000 },
    driverOptions: { onPoolCreated: (pool: pg.Pool) => pool.on('connect', createStatementNamer({ perConnection: PREPARED_PER_CONNECTION })) },
    migrations: { path: migrationsFolder('postgresql'), migrationsList: postgresqlMigrations, snapshot: false, transactional: true, allOrNothing: true },
  };
}

/** Opens the database. SQLite runs in WAL mode so that the CLI and the server can share one file. */
export async function openOrm(database: DatabaseConfig, logger: Pino): Promise<Orm> {
  if (database.driver === 'sqlite' && database.path !== ':memory:') fs.mkdirSync(path.dirname(database.path), { recursive: true });
  const orm = await MikroORM.init(ormOptions(database, logger));
  if (database.driver === 'sqlite') {
    const em = orm.em as EntityManager;
    await em.execute('pragma journal_mode = wal');
    await em.execute('pragma busy_timeout = 10000');
    await em.execute('pragma synchronous = normal');
  }
  return orm;
}

/** Applies pending migrations (never schema synchronisation). Returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}
