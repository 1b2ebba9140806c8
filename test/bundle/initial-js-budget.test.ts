import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { CONSOLE_INDEX, requireBuilt } from '../support/builtArtifacts.js';

const BUDGET_BYTES = 500 * 1024;

test('the console’s initial JavaScript stays under 500 kB gzip', () => {
  requireBuilt(CONSOLE_INDEX);
  const html = fs.readFileSync(CONSOLE_INDEX, 'utf8');
  // What the browser fetches before the first render: the entry script and the chunks it preloads.
  const initial = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]!);
  expect(initial.length).toBeGreaterThan(0);
  const sizes = initial.map((url) => ({ url, gzip: gzipSync(fs.readFileSync(path.join(path.dirname(CONSOLE_INDEX), url))).length }));
  const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
  console.log(`initial JS: ${(total / 1024).toFixed(1)} kB gzip (budget ${BUDGET_BYTES / 1024} kB)\n${sizes.map(({ url, gzip }) => `  ${url} ${(gzip / 1024).toFixed(1)} kB`).join('\n')}`);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
