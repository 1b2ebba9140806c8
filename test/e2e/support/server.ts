import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CONSOLE_INDEX, SERVER_ENTRY, repositoryRoot, requireBuilt } from '../../support/builtArtifacts.js';
import { DEMO_PASSWORD } from './api.js';

export interface RunningServer {
  url: string;
  /** The SQLite file the server runs on (fresh for each start). */
  databaseFile: string;
  /** Everything the process wrote on stdout and stderr so far. */
  output(): string;
  /** Sends a signal and waits for the exit code. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * The process environment. By default the test's own, in development mode with the demo data; pass a
   * complete environment to start the server as an operator would (e.g. production with PORT and
   * DATABASE_URL only). PORT and DATABASE_URL are always set.
   */
  env?: NodeJS.ProcessEnv;
}

/** A port free right now (the server binds it a moment later; collisions are unlikely on loopback). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the real built server (`node server/dist/main.js`) in development mode, so it loads the demo
 * data and accounts, on a fresh SQLite file and a free port, serving the built console; resolves once
 * /healthz is 200.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  requireBuilt(SERVER_ENTRY, CONSOLE_INDEX);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ent-ecole-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const databaseFile = path.join(dir, 'e2e.sqlite');
  const env = options.env ?? { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_PASSWORD };
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: repositoryRoot,
    env: { ...env, DATABASE_URL: `sqlite:${databaseFile}`, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const kill = async (signal: NodeJS.Signals) => {
    child.kill(signal);
    return exited;
  };

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited with code ${child.exitCode} before answering /healthz:\n${output}`);
    }
    const healthy = await fetch(`${url}/healthz`).then((response) => response.status === 200, () => false);
    if (healthy) return { url, databaseFile, output: () => output, kill, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The server did not answer /healthz within 60 s:\n${output}`);
}
