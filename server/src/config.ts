import path from 'node:path';
import type { MailSettings } from './notifications/mail-sender.js';
import { fileURLToPath } from 'node:url';
import { checkPriorityMatrix, DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from './incidents/priority.rules.js';
import { checkSlaPolicy, DEFAULT_SLA_POLICY, type SlaPolicy } from './incidents/sla.rules.js';

/** Where the repository lives, so that relative defaults do not depend on the working directory. */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Environment = 'development' | 'production' | 'test';

export type DatabaseConfig =
  | { driver: 'sqlite'; path: string }
  | { driver: 'postgresql'; url: string };

export interface Config {
  env: Environment;
  port: number;
  /** Interface to listen on; unset = every interface (IPv4 and IPv6), so `localhost` works whichever it resolves to. */
  host: string | undefined;
  database: DatabaseConfig;
  logLevel: string;
  /** Password of the demo accounts; only used outside production. */
  demoPassword: string;
  /** Where uploaded files are kept (content named by SHA-256); a shared volume when several instances run. */
  filesDir: string;
  /** Folder of the built console, served at `/` when it exists. */
  consoleDir: string;
  /** Largest accepted GraphQL request body. */
  bodyLimitBytes: number;
  mail: MailSettings;
  /** Incident priority from impact × urgency, and service levels per priority (business minutes). */
  incidents: { priorityMatrix: PriorityMatrix; slaPolicy: SlaPolicy };
  /** Closed data-subject requests are anonymised this many years after closing (`data-requests:purge`). */
  dataRequestRetentionYears: number;
  /** Run the background jobs (outbox, audit sealing, reminders…) in this instance; false for API-only replicas. */
  jobsEnabled: boolean;
  /** Settings an operator should review, reported once at start. */
  warnings: string[];
}

export class ConfigError extends Error {}

const DEFAULT_DEMO_PASSWORD = 'Occitanie-Demo-2026!';

/** Parses `DATABASE_URL`: unset → embedded SQLite file, `sqlite:<path>` → that file, `postgres(ql)://` → PostgreSQL. */
export function parseDatabaseUrl(url: string | undefined, root = repositoryRoot): DatabaseConfig {
  if (!url) return { driver: 'sqlite', path: path.join(root, 'data', 'ent-ecole.sqlite') };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError('DATABASE_URL=sqlite:<path> needs a file path');
    return { driver: 'sqlite', path: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { driver: 'postgresql', url };
  throw new ConfigError(`DATABASE_URL must start with sqlite: or postgresql:// (got "${url.split(':')[0]}:…")`);
}

/** Beside the SQLite file (`data/ent-ecole-files`), so that each database keeps its own files. */
function defaultFilesDir(database: DatabaseConfig): string {
  if (database.driver === 'sqlite' && database.path !== ':memory:') {
    return path.join(path.dirname(database.path), `${path.basename(database.path, path.extname(database.path))}-files`);
  }
  return path.join(repositoryRoot, 'data', 'files');
}

function parseBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ConfigError(`${name} must be true or false (got "${value}")`);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be an integer from 0 to 65535 (got "${value}")`);
  return port;
}

/**
 * Five years by default: the civil limitation period (Code civil, art. 2224) during which the rectorate
 * may have to prove how it answered; the DPO may choose otherwise.
 */
function parseRetentionYears(value: string | undefined): number {
  if (value === undefined || value === '') return 5;
  const years = Number(value);
  if (!Number.isInteger(years) || years < 1 || years > 100) throw new ConfigError(`DSR_RETENTION_YEARS must be a whole number of years from 1 to 100 (got "${value}")`);
  return years;
}

function parseEnvironment(value: string | undefined): Environment {
  const env = value || 'development';
  if (env !== 'development' && env !== 'production' && env !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test (got "${env}")`);
  }
  return env;
}

/** A JSON setting checked by its rule (which throws a RangeError naming the fault), or the default when unset. */
function parseJsonSetting<T>(env: NodeJS.ProcessEnv, name: string, check: (value: unknown) => T, fallback: T): T {
  const raw = env[name];
  if (!raw) return fallback;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError(`${name} must be JSON`);
  }
  try {
    return check(value);
  } catch (error) {
    throw new ConfigError(`${name}: ${(error as Error).message}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const environment = parseEnvironment(env.NODE_ENV);
  const warnings: string[] = [];
  const database = parseDatabaseUrl(env.DATABASE_URL);
  if (environment === 'production' && database.driver === 'sqlite') {
    warnings.push('DATABASE_URL points to SQLite: run several instances only on PostgreSQL.');
  }
  if (!env.SMTP_URL) warnings.push('SMTP_URL is not set: e-mails wait in the outbox and are not sent.');
  if (env.SMTP_URL && !/^smtps?:\/\//.test(env.SMTP_URL)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  if (environment === 'production' && !env.HOST) {
    warnings.push('HOST is not set: listening on all interfaces; put a TLS-terminating proxy in front.');
  }
  return {
    env: environment,
    port: parsePort(env.PORT),
    host: env.HOST || undefined,
    database,
    logLevel: env.LOG_LEVEL || (environment === 'test' ? 'silent' : 'info'),
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    filesDir: env.FILES_DIR ? path.resolve(env.FILES_DIR) : defaultFilesDir(database),
    consoleDir: env.CONSOLE_DIR ? path.resolve(env.CONSOLE_DIR) : path.join(repositoryRoot, 'admin', 'dist'),
    bodyLimitBytes: 1024 * 1024,
    jobsEnabled: parseBoolean(env, 'JOBS_ENABLED', true),
    mail: { smtpUrl: env.SMTP_URL || null, from: env.MAIL_FROM || 'ENT-École Occitanie <ne-pas-repondre@ent-ecole.invalid>' },
    incidents: {
      priorityMatrix: parseJsonSetting(env, 'INCIDENT_PRIORITY_MATRIX', checkPriorityMatrix, DEFAULT_PRIORITY_MATRIX),
      slaPolicy: parseJsonSetting(env, 'INCIDENT_SLA_POLICY', checkSlaPolicy, DEFAULT_SLA_POLICY),
    },
    dataRequestRetentionYears: parseRetentionYears(env.DSR_RETENTION_YEARS),
    warnings,
  };
}
