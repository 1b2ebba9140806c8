import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  /** Each offending element: its selector, its HTML (shortened) and what axe found wrong. */
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now and returns the violations of impact `serious` or `critical`
 * (WCAG 2.1 AA rules among others). The page's context must bypass the server's CSP, which forbids the
 * inline script that carries axe.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)} → ${node.failureSummary ?? ''}`),
    }));
}
