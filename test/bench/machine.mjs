// What the report says about the machine: CPU, cores, memory, Node, PostgreSQL and its main settings.
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';

export const loadAverage = () => os.loadavg().map((value) => Number(value.toFixed(2)));

export async function describeMachine(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const setting = async (name) => (await client.query(`select current_setting('${name}') as v`)).rows[0].v;
    const version = (await client.query('select version() as v')).rows[0].v;
    let kernel = os.release();
    try {
      kernel = fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim();
    } catch { /* not Linux */ }
    return {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), kernel,
      node: process.version, postgres: version.split(' on ')[0], sharedBuffers: await setting('shared_buffers'), workMem: await setting('work_mem'),
      jit: await setting('jit'), maxConnections: await setting('max_connections'),
    };
  } finally {
    await client.end();
  }
}
