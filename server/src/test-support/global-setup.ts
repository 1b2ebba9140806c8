import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, openOrm } from '../database/orm.js';
import type { DatabaseConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { ensureProcessingRegister } from '../processing-register/processing-register.data.js';
import { loadReferenceData } from '../territory/reference-data.js';
import { adminQuery, databaseUrl, type DatabaseTemplates } from './databases.js';

async function prepare(database: DatabaseConfig): Promise<void> {
  const orm = await openOrm(database, createLogger('warn'));
  try {
    await migrate(orm);
    await loadReferenceData(orm, { national: false });
    await ensureProcessingRegister(orm);
  } finally {
    await orm.close(true);
  }
}

/** Migrates one SQLite file and one PostgreSQL database with the reference data (as a start leaves them); tests copy them. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ent-ecole-templates-'));
  const sqlite = path.join(dir, 'template.sqlite');
  await prepare({ driver: 'sqlite', path: sqlite });

  let postgresql: DatabaseTemplates['postgresql'] = null;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const template = `ent_ecole_template_${process.pid}`;
    await adminQuery(adminUrl, `drop database if exists ${template} with (force)`);
    await adminQuery(adminUrl, `create database ${template}`);
    await prepare({ driver: 'postgresql', url: databaseUrl(adminUrl, template) });
    postgresql = { adminUrl, template };
  } else {
    const line = '!'.repeat(78);
    console.warn(`\n${line}\n!! TEST_DATABASE_URL is not set: the PostgreSQL suite is SKIPPED; only SQLite runs.\n!! .ci/run starts PostgreSQL and sets it; see README "Tests".\n${line}\n`);
  }

  project.provide('databaseTemplates', { sqlite, postgresql });
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (postgresql) await adminQuery(postgresql.adminUrl, `drop database if exists ${postgresql.template} with (force)`);
  };
}
