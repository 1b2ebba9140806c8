// The three servers as child processes, each on its own free loopback port, started and stopped one at a
// time by the harness. Their output goes to test/bench/work/logs/ (our server logs one line per request at
// info level in production, as it does in real use).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.mjs';

export const SERVERS = ['ours', 'postgraphile', 'raw'];
export const SERVER_LABELS = { ours: 'ours (Apollo + type-graphql + Kysely reads + graphql-jit)', postgraphile: 'PostGraphile 5.1.5', raw: 'raw SQL floor (node:http + pg)' };

export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function commandOf(kind, root) {
  switch (kind) {
    case 'ours': return [...SERVER_NODE_FLAGS, path.join(root, 'server', 'dist', 'main.js')];
    case 'postgraphile': return [path.join(root, 'test', 'bench', 'peers', 'postgraphile.mjs')];
    case 'raw': return [path.join(root, 'test', 'bench', 'peers', 'raw-sql.mjs')];
    default: throw new Error(`unknown server ${kind}`);
  }
}

/**
 * Starts one server against `databaseUrl` and waits until it answers /healthz. `label` names its log file;
 * `cpuProfDir` runs it under `--cpu-prof` (the profile is written when it stops).
 */
export async function startServer(kind, { root, databaseUrl, work, label, cpuProfDir }) {
  const port = await freePort();
  const logDir = path.join(work, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${label}.log`);
  const out = fs.openSync(logFile, 'w');
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...commandOf(kind, root)], {
    cwd: root,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl,
      // Instances serving only the API, as behind a load balancer with a separate worker (see RESULTS.md).
      JOBS_ENABLED: 'false',
      FILES_DIR: path.join(work, 'files'),
      GRAPHILE_ENV: 'production',
    },
  });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`${kind} exited during start (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${kind} did not answer /healthz within 90 s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    kind, port, url, pid: child.pid, logFile,
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Peak-tracking sampler of a process's resident memory (VmRSS in /proc/<pid>/status), every 200 ms. */
export function rssSampler(pid) {
  let peakKb = 0;
  const sample = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch { /* process gone */ }
  };
  sample();
  const timer = setInterval(sample, 200);
  return { stop: () => (clearInterval(timer), sample(), peakKb / 1024), peakMb: () => peakKb / 1024 };
}
