#!/usr/bin/env node
// The two-command promise: `npm start` / `npm test` on a machine with only Node 20 and npm.
// Plain JavaScript with no dependency, so that it runs on any Node from 18 on. It
//   1. finds a Node >= 22.17 (the current one, or Node 24 fetched from the npm registry into .toolchain/),
//   2. finds pnpm (the one running us, or one fetched into .toolchain/),
//   3. installs the workspace with `pnpm install --frozen-lockfile` when node_modules is not current,
//   4. runs the task with that Node first on PATH, forwarding signals and the exit code.
// Usage: node scripts/bootstrap.mjs <start|test|cli|bench|dev|build> [args…]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolchain = path.join(root, '.toolchain');
const MIN_NODE = [22, 17];
const NODE_PACKAGE = `node-${process.platform}-${process.arch}@24`;

const say = (message) => process.stderr.write(`[bootstrap] ${message}\n`);

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    say(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const toolchainNode = path.join(toolchain, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node');
const toolchainPnpm = path.join(toolchain, 'node_modules', '.bin', process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');

/** Installs Node 24 and pnpm into .toolchain/, atomically: concurrent first starts do not clash. */
function installToolchain() {
  if (fs.existsSync(toolchainNode) && fs.existsSync(toolchainPnpm)) return;
  say(`fetching ${NODE_PACKAGE} and pnpm from the npm registry into .toolchain/ (once)…`);
  const staging = `${toolchain}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(path.join(staging, 'package.json'), '{"private":true}\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, ['install', '--prefix', staging, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', NODE_PACKAGE, 'pnpm@12']);
  try {
    fs.renameSync(staging, toolchain);
  } catch {
    // Another start won the race, or an older toolchain without one of the two is there: keep the complete one.
    if (fs.existsSync(toolchainNode) && fs.existsSync(toolchainPnpm)) fs.rmSync(staging, { recursive: true, force: true });
    else {
      fs.rmSync(toolchain, { recursive: true, force: true });
      fs.renameSync(staging, toolchain);
    }
  }
}

/** pnpm as a command line: a script run by Node, or pnpm's native executable. */
function pnpmCommand(execPath, node) {
  return /\.[cm]?js$/.test(execPath) ? [node, execPath] : [execPath];
}

function resolveTools() {
  const pnpmRunningUs = /pnpm/.test(path.basename(process.env.npm_execpath ?? '')) ? process.env.npm_execpath : undefined;
  if (nodeIsRecentEnough(process.version) && pnpmRunningUs) {
    return { node: process.execPath, pnpm: pnpmCommand(pnpmRunningUs, process.execPath) };
  }
  if (nodeIsRecentEnough(process.version) && fs.existsSync(toolchainPnpm)) {
    return { node: process.execPath, pnpm: [toolchainPnpm] };
  }
  installToolchain();
  const node = nodeIsRecentEnough(process.version) ? process.execPath : toolchainNode;
  return { node, pnpm: [toolchainPnpm] };
}

/** pnpm copies the lockfile into node_modules/.pnpm/lock.yaml: equal files mean the install is current. */
function installIsCurrent() {
  try {
    return fs.readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8') === fs.readFileSync(path.join(root, 'node_modules', '.pnpm', 'lock.yaml'), 'utf8');
  } catch {
    return false;
  }
}

const [task = 'start', ...args] = process.argv.slice(2);
const tools = resolveTools();
const env = {
  ...process.env,
  PATH: [path.dirname(tools.node), path.dirname(tools.pnpm.at(-1)), path.join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(path.delimiter),
  npm_config_update_notifier: 'false',
};
if (!installIsCurrent()) {
  say('installing dependencies (pnpm install --frozen-lockfile)…');
  const [pnpm, ...pnpmArgs] = tools.pnpm;
  run(pnpm, [...pnpmArgs, 'install', '--frozen-lockfile', '--reporter=append-only'], { env: { ...env, CI: 'true' } });
}

// The task itself runs under the recent Node (scripts/tasks.mjs uses modern APIs freely).
const child = spawn(tools.node, [path.join(root, 'scripts', 'tasks.mjs'), task, ...args], { stdio: 'inherit', cwd: root, env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  // The child may already have it (a whole process group was signalled); forwarding twice is harmless.
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 1 : 1)));
