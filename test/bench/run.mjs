#!/usr/bin/env node
// Benchmark of the back office's read paths at national scale, against PostGraphile 5 and a raw-SQL floor,
// on PostgreSQL (not part of `npm test`). One command: `pnpm bench` (builds, then runs this file), or
// `node test/bench/run.mjs [options]` once `node scripts/tasks.mjs build` has run.
//
//   --skip-load              reuse the database ent_ecole_bench as loaded by an earlier run
//   --only Q1,Q2             some shapes: Q1 Q2 Q2last Q3 Q4 Q5a Q5b Q6 Q6login (Q2 also selects Q2last)
//   --duration 8             seconds per measurement (per server and concurrency)
//   --connections 1,16,64    concurrencies
//   --warmup 3               seconds of warm-up (concurrency 16) after each server start
//   --count 100              requests of the statement-counting pass (fewer for slow shapes: ~5 s per server)
//   --cpu-prof               run our server under `node --cpu-prof`; top of each profile in work/profiles/
//   --force                  measure a shape even when the servers' answers differ
//
// Admin URL of PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL (a role that may create databases).
// Steps: (1) drop, recreate and load ent_ecole_bench (dataset/); (2) start the three servers behind counting
// proxies, sign in on ours, check that every shape gets the same answer from all three, count statements;
// (3) for each shape, each server in turn: start it alone, warm it up, measure at each concurrency with
// autocannon while sampling its RSS, stop it; (4) write RESULTS.md (partial runs: work/RESULTS.partial.md).
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { BENCH_DATABASE, databaseExists, databaseUrl, datasetSizes, loadDataset } from './dataset/load.mjs';
import { cookiePair, measure, requestsFor, send, sequential } from './drive.mjs';
import { describeMachine, loadAverage } from './machine.mjs';
import { chooseParams } from './params.mjs';
import { summariseProfile } from './profile.mjs';
import { writeReport } from './report.mjs';
import { SERVERS, startServer } from './servers.mjs';
import { buildShapes, SHAPE_IDS } from './shapes.mjs';
import { startSqlCounter } from './sql-counter.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const work = path.join(here, 'work');
/** Time budget of one server's counting pass for one shape. */
const COUNT_BUDGET_MS = 5000;
const say = (message) => process.stderr.write(`[bench] ${message}\n`);

function parseOptions(argv) {
  const options = { skipLoad: false, only: null, duration: 8, connections: [1, 16, 64], warmup: 3, count: 100, cpuProf: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    switch (argv[i]) {
      case '--skip-load': options.skipLoad = true; break;
      case '--only': options.only = value().split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--duration': options.duration = Number(value()); break;
      case '--connections': options.connections = value().split(',').map(Number); break;
      case '--warmup': options.warmup = Number(value()); break;
      case '--count': options.count = Number(value()); break;
      case '--cpu-prof': options.cpuProf = true; break;
      case '--force': options.force = true; break;
      default: throw new Error(`unknown option ${argv[i]} (see the header of test/bench/run.mjs)`);
    }
  }
  if (options.only) {
    if (options.only.includes('Q2') && !options.only.includes('Q2last')) options.only.push('Q2last');
    const unknown = options.only.filter((id) => !SHAPE_IDS.includes(id));
    if (unknown.length) throw new Error(`unknown shape(s) ${unknown.join(', ')}: ${SHAPE_IDS.join(' ')}`);
  }
  if (!(options.duration > 0) || !(options.warmup >= 0) || !(options.count > 0) || options.connections.some((c) => !(c > 0))) throw new Error('bad numeric option');
  return options;
}

function adminUrlOrExit() {
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (url) return url;
  say('No PostgreSQL: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a role that may create databases, e.g.');
  say('  postgresql://user:password@127.0.0.1:5432/postgres');
  say('On the project machines, start the local PostgreSQL 15 as .ci/run does:');
  say('  pg_ctlcluster --skip-systemctl-redirect 15 main start');
  say("  runuser -u postgres -- psql -c \"create role ent_ecole_ci login createdb password 'ent_ecole_ci'\"");
  say('  export BENCH_DATABASE_URL=postgresql://ent_ecole_ci:ent_ecole_ci@127.0.0.1:5432/postgres');
  process.exit(2);
}

/** Compares the normalised answers of the three servers; returns { ok, detail, answers }. */
function compare(shape, answers) {
  const reference = answers.ours;
  for (const kind of SERVERS) {
    if (answers[kind] instanceof Error) return { ok: false, detail: `${kind}: ${answers[kind].message}` };
  }
  const differing = SERVERS.filter((kind) => !isDeepStrictEqual(answers[kind], reference));
  return differing.length ? { ok: false, detail: `${differing.join(' and ')} differ from ours` } : { ok: true };
}

async function answerOf(server, spec, cookie) {
  const response = await send(server.url, spec.request, cookie);
  if (response.status !== 200 || !response.json || response.json.errors) {
    return new Error(`HTTP ${response.status} ${response.body.slice(0, 300)}`);
  }
  try {
    return spec.normalize(response.json);
  } catch (error) {
    return new Error(`unexpected answer (${error.message}): ${response.body.slice(0, 300)}`);
  }
}

/** Validation of Q6 on one server: sign in, then Q1 with the new cookie. */
async function sequenceAnswer(server, spec) {
  const login = await send(server.url, spec.login);
  const cookie = cookiePair(login.setCookie);
  if (login.status !== 200 || !cookie) return new Error(`sign-in: HTTP ${login.status} ${login.body.slice(0, 200)}`);
  return spec.then ? answerOf(server, spec.then, cookie) : { signedIn: true };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const adminUrl = adminUrlOrExit();
  if (!fs.existsSync(path.join(root, 'server', 'dist', 'main.js'))) {
    say('server/dist/main.js is missing: run `pnpm bench` (it builds first) or `node scripts/tasks.mjs build`.');
    process.exit(2);
  }
  fs.mkdirSync(work, { recursive: true });
  const started = Date.now();
  const loadStart = loadAverage();
  say(`load average ${loadStart.join(', ')}`);
  const benchUrl = databaseUrl(adminUrl, BENCH_DATABASE);

  let loadTimings = null;
  if (options.skipLoad) {
    if (!(await databaseExists(adminUrl))) throw new Error(`--skip-load: database ${BENCH_DATABASE} does not exist; run once without it.`);
  } else {
    say(`loading the national data set into ${BENCH_DATABASE}…`);
    ({ timings: loadTimings } = await loadDataset({ root, adminUrl, log: say }));
  }
  const sizes = await datasetSizes(benchUrl);
  const machine = await describeMachine(benchUrl);
  const params = await chooseParams(benchUrl);
  const shapes = buildShapes(params).filter((shape) => !options.only || options.only.includes(shape.id));
  say(`shapes: ${shapes.map((s) => s.id).join(' ')}; département ${params.departmentCode} (${params.departmentSchools} schools), UAI ${params.uai}, ${params.schoolYear}, académie ${params.academyCode}`);

  // (2) Validation and statement counts: the three servers at once, each behind its own counting proxy.
  const target = { host: new URL(benchUrl).hostname, port: Number(new URL(benchUrl).port || 5432) };
  const proxies = {};
  const counted = {};
  const results = shapes.map((shape) => ({ id: shape.id, title: shape.title, sequence: Boolean(shape.sequence), loginOnly: Boolean(shape.loginOnly) }));
  let cookie;
  try {
    for (const kind of SERVERS) {
      proxies[kind] = await startSqlCounter(target);
      const url = new URL(benchUrl);
      url.port = String(proxies[kind].port);
      counted[kind] = await startServer(kind, { root, databaseUrl: url.toString(), work, label: `count-${kind}` });
    }
    // The session every server checks: a real sign-in on our server.
    const login = await send(counted.ours.url, buildShapes(params).find((s) => s.id === 'Q6login').servers.ours.login);
    cookie = cookiePair(login.setCookie);
    if (login.status !== 200 || !cookie || login.json?.errors) throw new Error(`sign-in on our server failed: HTTP ${login.status} ${login.body.slice(0, 300)}`);
    for (const [index, shape] of shapes.entries()) {
      let validation;
      for (let attempt = 1; attempt <= 3; attempt++) {
        const answers = {};
        for (const kind of SERVERS) {
          answers[kind] = shape.sequence || shape.loginOnly ? await sequenceAnswer(counted[kind], shape.servers[kind]) : await answerOf(counted[kind], shape.servers[kind], cookie);
        }
        validation = compare(shape, answers);
        if (validation.ok || attempt === 3) {
          if (!validation.ok) fs.writeFileSync(path.join(work, `answers-${shape.id}.json`), JSON.stringify(answers, null, 1));
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000)); // an answer can change on the hour (incidents breached)
      }
      results[index].validation = validation;
      say(`${shape.id}: ${validation.ok ? 'same answer from the three servers' : `ANSWERS DIFFER: ${validation.detail} (work/answers-${shape.id}.json)`}`);
      results[index].statements = {};
      results[index].counted = {};
      for (const kind of SERVERS) {
        const requests = requestsFor(shape, shape.servers[kind], cookie);
        // Warm-up, which also times the shape: slow shapes (dashboards, sign-in) get fewer counted requests
        // (at least 10), so that the pass stays short; the count per request does not depend on it.
        const warm = performance.now();
        await sequential(counted[kind].url, requests, 5);
        const each = (performance.now() - warm) / 5;
        const count = Math.max(10, Math.min(options.count, Math.floor(COUNT_BUDGET_MS / each)));
        proxies[kind].reset();
        const failed = await sequential(counted[kind].url, requests, count);
        results[index].statements[kind] = proxies[kind].counts().statements / count;
        results[index].counted[kind] = count;
        if (failed) say(`${shape.id} ${kind}: ${failed} failed requests in the counting pass`);
      }
      say(`${shape.id}: statements per request ${SERVERS.map((k) => `${k} ${results[index].statements[k].toFixed(2)}`).join(', ')}`);
    }
  } finally {
    for (const server of Object.values(counted)) await server.stop();
    for (const proxy of Object.values(proxies)) await proxy.close();
  }

  // (3) Throughput: one server at a time, freshly started for each shape; server order rotated per shape.
  const profileDir = path.join(work, 'profiles');
  const loads = [];
  for (const [index, shape] of shapes.entries()) {
    if (!results[index].validation.ok && !options.force) continue;
    results[index].measurements = {};
    const order = SERVERS.map((_, i) => SERVERS[(i + index) % SERVERS.length]);
    for (const kind of order) {
      const cpuProfDir = options.cpuProf && kind === 'ours' ? path.join(profileDir, shape.id) : undefined;
      if (cpuProfDir) fs.rmSync(cpuProfDir, { recursive: true, force: true });
      const server = await startServer(kind, { root, databaseUrl: benchUrl, work, label: `${shape.id}-${kind}`, cpuProfDir });
      try {
        const requests = requestsFor(shape, shape.servers[kind], cookie);
        if (options.warmup > 0) await measure({ url: server.url, requests, connections: 16, duration: options.warmup, pid: server.pid });
        const runs = [];
        for (const connections of options.connections) {
          const load1 = loadAverage()[0];
          loads.push(load1);
          const result = { ...(await measure({ url: server.url, requests, connections, duration: options.duration, pid: server.pid })), load1 };
          runs.push(result);
          say(`${shape.id} ${kind.padEnd(12)} c${String(connections).padEnd(3)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50?.toFixed(2)} ms  p99 ${result.p99?.toFixed(2)} ms  RSS ${result.peakRssMb.toFixed(0)} MB  load ${load1}${result.non2xx + result.errors ? `  FAILED ${result.non2xx + result.errors}` : ''}`);
        }
        results[index].measurements[kind] = runs;
      } finally {
        await server.stop();
      }
      if (cpuProfDir) {
        for (const file of fs.readdirSync(cpuProfDir).filter((f) => f.endsWith('.cpuprofile'))) {
          const summary = summariseProfile(path.join(cpuProfDir, file));
          fs.writeFileSync(path.join(profileDir, `${shape.id}-top.txt`), summary);
          say(`profile of ours on ${shape.id}: work/profiles/${shape.id}-top.txt\n${summary.split('\n').slice(0, 22).join('\n')}`);
        }
      }
    }
  }

  // (4) The report.
  const loadEnd = loadAverage();
  const full = !options.only && options.connections.join() === '1,16,64';
  const run = {
    command: `pnpm bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    startedAt: new Date(started).toISOString().replace(/\.\d+Z$/, 'Z'), minutes: (Date.now() - started) / 60_000,
    options, machine, loadStart, loadEnd, loadRange: loads.length ? [Math.min(...loads), Math.max(...loads)] : [loadStart[0], loadEnd[0]],
    sizes, loadTimings, params, shapes: results, notes: setupNotes(params),
  };
  const resultsFile = path.join(work, 'results.json');
  fs.writeFileSync(resultsFile, JSON.stringify(run, null, 1));
  const reportFile = full ? path.join(here, 'RESULTS.md') : path.join(work, 'RESULTS.partial.md');
  writeReport(run, reportFile, path.relative(root, resultsFile), path.join(here, 'RESULTS.md'));
  say(`load average ${loadEnd.join(', ')}; ${((Date.now() - started) / 60_000).toFixed(1)} min; report: ${path.relative(root, reportFile)}`);
  if (results.some((r) => !r.validation?.ok)) process.exitCode = 1;
}

function setupNotes(p) {
  return [
    'Three servers on the same database, one at a time, each a child process on its own loopback port, each with a pool of 10 PostgreSQL connections: '
      + '**ours** (`node server/dist/main.js`, `NODE_ENV=production`, one log line per request at info level as in production, `JOBS_ENABLED=false`: '
      + 'an instance serving only the API, as behind a load balancer with a separate worker); **PostGraphile** 5.1.5, amber preset, pg adaptor, '
      + 'grafserv node adaptor (`peers/postgraphile.mjs`); **raw SQL**, node:http + pg with one named prepared statement per shape returning the '
      + 'response JSON built by PostgreSQL (`peers/raw-sql.mjs`).',
    'Every server checks the same session cookie (`__Host-ent_session`, obtained by a real `login` on our server) the same way: the SHA-256 of the token, '
      + 'one statement on `session` ⋈ `app_user` ⟕ `user_grant` by primary key, not revoked, not expired, not idle; last-seen written at most once a minute '
      + '(the peers send the very statement our server sends, `peers/session.mjs`). The bench user is an ADMIN (global perimeter, grants on every région '
      + 'académique), so no perimeter condition applies to any server.',
    'PostGraphile needs views where its `condition` cannot express the product\'s rule; they exist in the bench database only (`peers/postgraphile.sql`), '
      + 'never in the migrations: `current_publication_director` (period covering today, with smart tags for the School relation), `open_incident` '
      + '(status NEW, ASSIGNED, IN_PROGRESS, PENDING, with school, commune and assignee relations), `open_incident_summary` (the support counters, '
      + 'grouping sets), `convention_figure`, `payment_figure` and `commune_without_convention` (the funnel\'s three statements; the client adds them up, '
      + 'as our resolver does).',
    'Q4 selects stored fields only (no `remainingMinutes`/`breached`, computed by our resolvers from business hours, which the peers cannot compute). '
      + 'Q3\'s schools count is the length of `schools { uai }` (the schema has no count field). Q1 and Q4 documents are written as the console would send '
      + 'them (the console has no such screen yet); Q2 is the console\'s `Schools` query and `SchoolDetails` fragment.',
    'The DPO\'s home (`dataSubjectRequestDashboard`) is left out: it writes an audit entry for each request it shows (reads of personal data are audited '
      + 'by design), so it is not a read benchmark.',
    'Q6: the peers sign in with the same statement pattern (user and grants in one statement, the product\'s `argon2` package and hash, one insert into '
      + '`session`, the same cookie); ours also applies its sign-in throttling, records the attempt and an audit entry, and updates `last_login_at`.',
    `Parameters: département ${p.departmentCode} (the largest, ${p.departmentSchools} schools; last page at offset ${p.lastOffset}), UAI ${p.uai}, `
      + `school year ${p.schoolYear}, académie ${p.academyCode} (${p.academyName}). The same request is repeated (no parameter rotation).`,
    'The 1,000,000 generated audit entries look sealed (chain position and hashes set, not the product\'s hash chain: `audit:verify` reports the bench '
      + 'chain as broken), so that a server whose jobs run would have nothing to seal.',
  ];
}

main().catch((error) => {
  say(error.stack ?? String(error));
  process.exit(1);
});
