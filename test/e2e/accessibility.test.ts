import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousAccessibilityViolations } from './support/axe.js';
import { DEMO_ACCOUNTS } from './support/api.js';
import { openConsole, type ConsoleSession } from './support/console.js';

let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.academicTeam);
});
afterAll(async () => {
  await session?.close();
});

/** Each main screen, and what shows that its data has loaded. */
const SCREENS = [
  { name: 'school list', route: '#/schools', loaded: 'École élémentaire publique Agnès Gelly' },
  { name: 'school page', route: '#/schools/0340711N/show', loaded: 'Saint-Mathieu-de-Tréviers (34276)' },
  { name: 'school edit form', route: '#/schools/0340711N', loaded: 'Enregistrer' },
  { name: 'commune list', route: `#/communes?filter=${encodeURIComponent(JSON.stringify({ q: 'Tréviers' }))}`, loaded: 'Saint-Mathieu-de-Tréviers' },
  { name: 'commune page', route: '#/communes/34276/show', loaded: 'École maternelle publique Les Fontanilles' },
  { name: 'circonscription list', route: '#/circonscriptions', loaded: 'Pic Saint-Loup (démo)' },
];

describe('accessibility (axe-core: no serious or critical violation)', () => {
  test.each(SCREENS)('$name', async ({ route, loaded }) => {
    const page = await session.open(route);
    await page.getByText(loaded).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
