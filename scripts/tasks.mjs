#!/usr/bin/env node
// The project's tasks, run by scripts/bootstrap.mjs once Node >= 22.17 and the dependencies are there
// (or directly: `node scripts/tasks.mjs <task>`). Builds are skipped when their inputs did not change and
// are swapped in atomically, so that several instances can start from one checkout at the same time.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from './server-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const say = (message) => process.stderr.write(`[tasks] ${message}\n`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    say(`failed: ${path.basename(command)} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

/** Runs a long-lived child (the server, the test runner) and mirrors its exit; signals are forwarded. */
function handOver(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function listFiles(dir, accept) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && accept(path.join(entry.parentPath, entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A digest of the inputs of a build: their paths and contents. */
function digest(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const STAMP = '.build-stamp';

/**
 * Builds into a fresh folder, then swaps it in with renames: a concurrent start sees either the old
 * complete build or the new one. Skipped when the stamp in the target matches the inputs.
 */
function buildOnce(name, target, inputs, build) {
  const stamp = digest(inputs);
  const stampFile = path.join(target, STAMP);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  say(`building ${name}…`);
  const staging = `${target}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  build(staging);
  fs.writeFileSync(path.join(staging, STAMP), stamp);
  const retired = `${target}.old-${process.pid}`;
  if (fs.existsSync(target)) fs.renameSync(target, retired);
  try {
    fs.renameSync(staging, target);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another process swapped its own build in
  }
  fs.rmSync(retired, { recursive: true, force: true });
}

const isSource = (file) => /\.(ts|tsx|graphql|json|css|html|svg|png|woff2?)$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`);

function codegen() {
  const documents = [...listFiles(path.join(root, 'admin', 'src'), (f) => f.endsWith('.graphql')),
    ...listFiles(path.join(root, 'server', 'src'), (f) => /\.(test|scenarios)\.ts$/.test(f)),
    ...listFiles(path.join(root, 'test'), (f) => /\.ts$/.test(f) && !f.includes('generated') && !f.includes('node_modules'))];
  const inputs = [path.join(root, 'codegen.yml'), path.join(root, 'schema', 'schema.graphql'), ...documents];
  const stampFile = path.join(root, 'node_modules', '.cache', 'ent-ecole-codegen');
  const stamp = digest(inputs);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  say('generating typed GraphQL documents (graphql-codegen)…');
  run(bin('graphql-codegen'), ['--config', 'codegen.yml', '--silent']);
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, stamp);
}

function buildServer() {
  const inputs = [...listFiles(path.join(root, 'server', 'src'), isSource), path.join(root, 'server', 'tsconfig.json'), path.join(root, 'tsconfig.json'), path.join(root, 'pnpm-lock.yaml')];
  buildOnce('server', path.join(root, 'server', 'dist'), inputs, (out) =>
    run(bin('tsc'), ['-p', 'server/tsconfig.json', '--outDir', out, '--incremental', 'false']));
}

function buildAdmin() {
  if (!fs.existsSync(path.join(root, 'admin', 'package.json'))) return;
  codegen();
  const inputs = [...listFiles(path.join(root, 'admin', 'src'), (f) => isSource(f) || f.includes('generated')),
    ...listFiles(path.join(root, 'admin', 'public'), () => true),
    ...['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((f) => path.join(root, 'admin', f)).filter((f) => fs.existsSync(f)),
    path.join(root, 'pnpm-lock.yaml')];
  buildOnce('console', path.join(root, 'admin', 'dist'), inputs, (out) =>
    run(bin('vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: path.join(root, 'admin') }));
}

function build() {
  buildServer();
  buildAdmin();
}

/** Fails when schema/schema.graphql differs from the schema the code builds. */
function checkSchema() {
  const result = spawnSync(process.execPath, ['server/dist/emit-schema.js', '--check'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const [task, ...args] = process.argv.slice(2);
switch (task) {
  case 'start':
    build();
    handOver(process.execPath, [...SERVER_NODE_FLAGS, 'server/dist/main.js', ...args]);
    break;
  case 'build':
    build();
    break;
  case 'schema':
    buildServer();
    run(process.execPath, ['server/dist/emit-schema.js']);
    break;
  case 'codegen':
    codegen();
    break;
  case 'cli':
    buildServer();
    handOver(process.execPath, ['server/dist/cli.js', ...args]);
    break;
  case 'test':
    build();
    checkSchema();
    codegen();
    say('type-checking…');
    for (const project of ['server', 'admin', 'test']) {
      const config = path.join(project, 'tsconfig.check.json');
      if (fs.existsSync(path.join(root, config))) run(bin('tsc'), ['-p', config]);
    }
    handOver(bin('vitest'), ['run', ...args]);
    break;
  case 'bench':
    build();
    handOver(process.execPath, ['test/bench/run.mjs', ...args]);
    break;
  default:
    say(`unknown task "${task}": start, test, build, cli, schema, codegen, bench`);
    process.exit(2);
}
