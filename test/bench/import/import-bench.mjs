#!/usr/bin/env node
// Benchmark of the school directory import (not part of `npm test`):
//   cd server && npx tsc -p tsconfig.json && cd .. && node test/bench/import/import-bench.mjs [--sizes 10000,50000]
// Generates national-format directories with the product's generator (seed 1), then for each size and each
// database (SQLite file; PostgreSQL when TEST_DATABASE_URL is set: a dedicated database, created and
// dropped) runs a dry run, an apply on the empty base, and an apply of the same file again, each in its
// own Node process so that its peak RSS (getrusage maxrss) is its own. The processes get the same fixed V8
// budget whatever the file's size (old space 96 MB; young generation capped, which V8 otherwise grows up to
// 128 MB during a long run that allocates fast), and record the live heap after a full GC and the RSS every
// 5,000 rows: a streamed import must fit and stay flat. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const dist = path.join(root, 'server', 'dist');
const work = path.join(root, 'test', 'bench', 'work');
const load = (module) => import(pathToFileURL(path.join(dist, module)).href);
const BATCH = 500;
const V8_BUDGET = ['--max-old-space-size=96', '--max-semi-space-size=16'];

async function worker([phase, databaseJson, file, filesDir]) {
  createRequire(path.join(root, 'server', 'package.json'))('reflect-metadata');
  const { openOrm } = await load('database/orm.js');
  const { createLogger } = await load('logger.js');
  const { startLocalImport } = await load('directory-import/directory-import.service.js');
  const { runClaimedImport } = await load('directory-import/import-runner.js');
  const logger = createLogger('warn');
  const orm = await openOrm(JSON.parse(databaseJson), logger);
  const baseline = process.memoryUsage().rss;
  let sampled = baseline;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 25);
  const live = [];
  const rss = [];
  const onProgress = ({ rowsDone }) => {
    if (rowsDone % 5000 !== 0) return;
    globalThis.gc();
    live.push(process.memoryUsage().heapUsed / 2 ** 20);
    rss.push(process.memoryUsage().rss / 2 ** 20);
  };
  const started = performance.now();
  const id = await startLocalImport(orm.em.fork(), filesDir, {
    stream: fs.createReadStream(file), name: path.basename(file), kind: 'SCHOOLS', dryRun: phase === 'dry-run', allDepartments: false, closeAbsent: false, batchSize: BATCH,
  }, new Date());
  const run = await runClaimedImport({ orm, filesDir, logger, clock: () => new Date(), onProgress }, id);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await orm.close();
  if (run.status === 'FAILED') throw new Error(run.error);
  process.stdout.write(JSON.stringify({
    rows: run.totalRows, seconds, counts: run.counts, baselineMb: baseline / 2 ** 20,
    sampledPeakMb: sampled / 2 ** 20, peakMb: process.resourceUsage().maxRSS / 1024, liveHeapMb: [live[0], live.at(-1)], rssMb: [rss[0], rss.at(-1)],
  }));
}

async function prepare(database, logger) {
  const { migrate, openOrm } = await load('database/orm.js');
  const { loadReferenceData } = await load('territory/reference-data.js');
  const orm = await openOrm(database, logger);
  await migrate(orm);
  await loadReferenceData(orm, { national: false });
  await orm.close();
}

async function main() {
  createRequire(path.join(root, 'server', 'package.json'))('reflect-metadata');
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1] : '10000,50000').split(',').map(Number);
  const { createLogger } = await load('logger.js');
  const { loadDirectoryReference, writeDirectory } = await load('directory-import/directory-generator.js');
  const logger = createLogger('warn');
  fs.mkdirSync(work, { recursive: true });
  const reference = await loadDirectoryReference(false);
  const files = {};
  for (const schools of sizes) {
    files[schools] = path.join(work, `annuaire-${schools}.csv`);
    const out = fs.createWriteStream(files[schools]);
    await writeDirectory(out, reference, { schools, seed: 1 });
    out.end();
    await new Promise((resolve) => out.on('finish', resolve));
  }

  const pg = process.env.TEST_DATABASE_URL ? (await import(pathToFileURL(createRequire(path.join(root, 'server', 'package.json')).resolve('pg')).href)).default : null;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  const results = [];
  for (const driver of pg ? ['sqlite', 'postgresql'] : ['sqlite']) {
    for (const schools of sizes) {
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
      const name = `bench_import_${process.pid}_${schools}`;
      let database;
      if (driver === 'sqlite') database = { driver, path: path.join(scratch, 'bench.sqlite') };
      else {
        await admin(`drop database if exists ${name} with (force)`);
        await admin(`create database ${name}`);
        const url = new URL(process.env.TEST_DATABASE_URL);
        url.pathname = `/${name}`;
        database = { driver, url: url.toString() };
      }
      try {
        await prepare(database, logger);
        for (const phase of ['dry-run', 'apply', 're-apply']) {
          const child = spawnSync(process.execPath, [...V8_BUDGET, '--expose-gc', fileURLToPath(import.meta.url), '--worker', phase, JSON.stringify(database), files[schools], path.join(scratch, 'files')], { encoding: 'utf8' });
          if (child.status !== 0) throw new Error(`${driver} ${schools} ${phase}: ${child.stderr}`);
          const result = { driver, schools, phase, ...JSON.parse(child.stdout) };
          results.push(result);
          process.stderr.write(`${driver} ${schools} ${phase}: ${result.seconds.toFixed(1)} s, peak ${result.peakMb.toFixed(0)} MB, live heap ${result.liveHeapMb.map((mb) => mb.toFixed(1)).join(' → ')} MB\n`);
        }
      } finally {
        if (driver === 'postgresql') await admin(`drop database if exists ${name} with (force)`);
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    }
  }
  fs.writeFileSync(path.join(work, 'import-results.json'), JSON.stringify(results, null, 2));
  console.log('| database | file rows | pass | seconds | rows/s | RSS before (MB) | RSS at 5,000 rows → at the end (MB) | peak RSS (MB) | live heap after GC, 5,000 rows → end (MB) | outcome |');
  console.log('|---|---:|---|---:|---:|---:|---|---:|---|---|');
  for (const r of results) {
    const outcome = Object.entries(r.counts).filter(([, n]) => n).map(([k, n]) => `${k.toLowerCase()} ${n}`).join(', ');
    const pair = (values, digits) => values.map((mb) => mb.toFixed(digits)).join(' → ');
    console.log(`| ${r.driver} | ${r.rows} | ${r.phase} | ${r.seconds.toFixed(1)} | ${Math.round(r.rows / r.seconds)} | ${r.baselineMb.toFixed(0)} | ${pair(r.rssMb, 0)} | ${r.peakMb.toFixed(0)} | ${pair(r.liveHeapMb, 1)} | ${outcome} |`);
  }
}

if (process.argv[2] === '--worker') await worker(process.argv.slice(3));
else await main();
