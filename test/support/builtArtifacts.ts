import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SERVER_ENTRY = path.join(repositoryRoot, 'server', 'dist', 'main.js');
export const CONSOLE_INDEX = path.join(repositoryRoot, 'admin', 'dist', 'index.html');

/**
 * These tests exercise what `pnpm build` produced. A missing build fails loudly (never a silent skip):
 * `npm test` builds first, a bare `vitest run` does not.
 */
export function requireBuilt(...files: string[]): void {
  const missing = files.filter((file) => !fs.existsSync(file));
  if (missing.length) {
    throw new Error(`Missing build output ${missing.map((file) => path.relative(repositoryRoot, file)).join(', ')}: run \`pnpm build\` (or \`npm test\`, which builds) first.`);
  }
}
