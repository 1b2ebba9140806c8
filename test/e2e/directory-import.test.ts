import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../generated/index.js';
import { apiRequest, DEMO_ACCOUNTS } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { openConsole, type ConsoleSession } from './support/console.js';

// The academic team imports the national school directory (issue #10), on the demo data of NODE_ENV=development.
const OpenSchoolsOfHerault = graphql(`
  query E2eOpenSchoolsOfHerault {
    schools(filter: { departmentCode: "34", status: OPEN }) {
      totalCount
    }
  }
`);

/** A UAI with its check letter: the 7 digits mod 23 pick it among letters without I, O and Q. */
const uaiOf = (digits: number) => `${String(digits).padStart(7, '0')}${'ABCDEFGHJKLMNPRSTUVWXYZ'[digits % 23]}`;
const withWrongLetter = (uai: string) => `${uai.slice(0, 7)}${uai.endsWith('A') ? 'B' : 'A'}`;

const NEW_SCHOOL = { uai: uaiOf(341801), name: 'École élémentaire publique Clara Zetkin (e2e)' };
const RENAMED = 'École élémentaire publique Agnès-Gelly (annuaire)';

/** Columns of the open-data directory, as its export names them. */
const HEADER = 'etat;identifiant_de_l_etablissement;type_etablissement;nom_etablissement;statut_public_prive;code_commune;nom_commune;code_departement;code_postal;ecole_maternelle;ecole_elementaire';
const DIRECTORY = [
  HEADER,
  `OUVERT;${NEW_SCHOOL.uai};Ecole;${NEW_SCHOOL.name};Public;34172;Montpellier;034;34000;0;1`,
  `OUVERT;0340711N;Ecole;${RENAMED};Public;34276;Saint-Mathieu-de-Tréviers;034;34270;0;1`,
  `OUVERT;${withWrongLetter(uaiOf(341802))};Ecole;École primaire publique Condorcet;Public;34172;Montpellier;034;34000;1;1`,
  `OUVERT;${uaiOf(341803)};Ecole;École primaire publique Voltaire;Public;34999;Nulle-Part;034;34000;1;1`,
].join('\r\n');

let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.academicTeam);
});
afterAll(async () => {
  await session?.close();
});

/** The count of a row of the report's totals table (« Créations », « Lignes rejetées »…). */
const total = (page: Page, label: string) => page.getByRole('row', { name: label }).getByRole('cell').textContent();

/** The report lines shown, each as its text. */
const itemRows = (page: Page) => page.getByRole('region', { name: 'Détail des lignes' }).locator('tbody tr').allTextContents();

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** Waits for the run's state (a polite live region), which the page follows by polling the API. */
const stateOf = (page: Page): Locator => page.getByRole('status').filter({ hasText: /Simulation|Application|Appliqué/ });

describe('academic team: importing the school directory', () => {
  test('uploads a directory, reads the dry run’s report, applies it, and downloads the rejected rows', { timeout: 90_000 }, async () => {
    const openBefore = await session.asSomeoneElse(DEMO_ACCOUNTS.academicTeam, async (api) => (await apiRequest(api, OpenSchoolsOfHerault, {})).schools.totalCount);

    const page = await session.open('#/directoryImports/create');
    await page.getByRole('radio', { name: /Annuaire des écoles/ }).waitFor();
    expect(await page.getByRole('radio', { name: /Annuaire des écoles/ }).isChecked()).toBe(true);
    await page.getByText('Fermer les écoles absentes du fichier').waitFor();
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: '/tmp/di-form.png', fullPage: true });

    await page.getByLabel('Fichier CSV').setInputFiles({ name: 'annuaire-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${DIRECTORY}\r\n`) });
    await page.getByRole('button', { name: 'Déposer le fichier et lancer la simulation' }).click();

    // The run's page follows the dry run until its report is ready.
    await page.waitForURL(/#\/directoryImports\/\d+\/show$/);
    await stateOf(page).filter({ hasText: 'Simulation terminée' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Rapport de la simulation' }).count()).toBe(1);
    expect(await total(page, 'Créations')).toBe('1');
    expect(await total(page, 'Modifications')).toBe('1');
    expect(await total(page, 'Fermetures')).toBe('0');
    expect(await total(page, 'Lignes rejetées')).toBe('2');
    // Every other open school of the Hérault is missing from this extract, and stays open.
    expect(Number(await total(page, 'Écoles absentes du fichier'))).toBe(openBefore - 1);
    await page.getByText(/restent ouvertes/).waitFor();
    await page.screenshot({ path: '/tmp/di-report.png', fullPage: true });

    // The report's lines, filtered on the rejected ones, with their line and reason.
    await page.getByRole('combobox', { name: 'Effet' }).click();
    await page.getByRole('option', { name: 'Rejet', exact: true }).click();
    await expect.poll(() => itemRows(page)).toHaveLength(2);
    const rejected = await itemRows(page);
    expect(rejected[0]).toMatch(/^4.*Rejet.*lettre de contrôle/);
    expect(rejected[1]).toMatch(/^5.*Rejet.*Commune inconnue : 34999/);
    await page.getByRole('combobox', { name: 'Effet' }).click();
    await page.getByRole('option', { name: 'Modification', exact: true }).click();
    await expect.poll(() => itemRows(page)).toHaveLength(1);
    const [update] = await itemRows(page);
    expect(update).toMatch(/^3.*0340711N.*Modification.*Nom :.*École élémentaire publique Agnès Gelly.*devient/);
    expect(update).toContain(RENAMED);
    await expectNoSeriousViolations(page);

    // The rejected rows, under the file's own columns, with their line and reason.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Télécharger les lignes rejetées/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rejets-import-\d+\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe(`${HEADER};Ligne;Motif du rejet`);
    expect(csv).toHaveLength(3);
    expect(csv[1]).toMatch(/;4;.*lettre de contrôle/);
    expect(csv[2]).toMatch(/;5;Commune inconnue : 34999\.$/);

    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('1 création, 1 modification');
    await page.screenshot({ path: '/tmp/di-confirm.png' });
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.screenshot({ path: '/tmp/di-applying.png' });
    await stateOf(page).filter({ hasText: 'Appliqué' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Rapport de l’application' }).count()).toBe(1);
    expect(await total(page, 'Créations')).toBe('1');
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).count()).toBe(0);

    // The list of runs says what each did.
    await page.goto('/#/directoryImports');
    const run = page.getByRole('row', { name: /annuaire-e2e\.csv/ });
    await run.waitFor();
    expect(await run.textContent()).toMatch(/Annuaire des écoles.*Bruno Équipe académique \(démo\).*Appliqué.*1 création, 1 modification.*2 rejets/);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: '/tmp/di-list.png' });

    await page.goto(`/#/schools?filter=${encodeURIComponent(JSON.stringify({ q: 'Clara Zetkin' }))}`);
    await page.getByRole('cell', { name: NEW_SCHOOL.uai }).waitFor();
    expect(await page.getByRole('link', { name: NEW_SCHOOL.name }).count()).toBe(1);
    await page.context().close();
  });
});
