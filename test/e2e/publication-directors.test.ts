import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../generated/index.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { apiRequest, DEMO_ACCOUNTS } from './support/api.js';
import { openConsole, type ConsoleSession } from './support/console.js';

// Issue #7: the ERUN of Pic Saint-Loup makes sure every school and commune space of their circonscription has
// a publication director (demo data: Agnès Gelly and Les Fontanilles are covered, the generated schools not).
const CoverageSummary = graphql(`
  query E2eCoverageSummary {
    publicationCoverageSummary {
      circonscription {
        id
        name
      }
      schoolCount
      uncoveredSchoolCount
      mismatchedSchoolCount
      communeCount
      uncoveredCommuneCount
    }
  }
`);

const PIC_SAINT_LOUP = 'Pic Saint-Loup (démo)';
const AGNES_GELLY = '0340711N';

let session: ConsoleSession;
let picSaintLoupId: string;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.erunPicSaintLoup);
  picSaintLoupId = await session.asSomeoneElse(DEMO_ACCOUNTS.erunPicSaintLoup, async (api) => {
    const { publicationCoverageSummary } = await apiRequest(api, CoverageSummary, {});
    return publicationCoverageSummary.find((row) => row.circonscription.name === PIC_SAINT_LOUP)!.circonscription.id;
  });
});
afterAll(async () => {
  await session?.close();
});

/** The identity fields of the assignment form, as an ERUN types them. */
async function fillPerson(page: Page, person: { firstName: string; lastName: string; email: string }) {
  await page.getByRole('radio', { name: 'Madame' }).check();
  await page.getByLabel(/^Prénom/).fill(person.firstName);
  await page.getByLabel(/^Nom/).fill(person.lastName);
  await page.getByLabel(/^Adresse électronique professionnelle/).fill(person.email);
}

describe('ERUN of Pic Saint-Loup: publication directors', () => {
  test('the home shows the coverage of Pic Saint-Loup; an uncovered school gets a director, then shows them and the history', async () => {
    // The figures the API gives now (other tests of this file designate directors too).
    const figures = await session.asSomeoneElse(DEMO_ACCOUNTS.erunPicSaintLoup, async (api) => {
      const { publicationCoverageSummary } = await apiRequest(api, CoverageSummary, {});
      return publicationCoverageSummary.find((row) => row.circonscription.id === picSaintLoupId)!;
    });
    const page = await session.open();
    const home = page.getByRole('region', { name: 'Couverture de vos circonscriptions' });
    const row = home.getByRole('row').filter({ hasText: PIC_SAINT_LOUP });
    await row.waitFor();
    // Schools covered / uncovered / mismatched, then commune spaces covered / uncovered.
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      PIC_SAINT_LOUP,
      'Hérault',
      String(figures.schoolCount - figures.uncoveredSchoolCount),
      String(figures.uncoveredSchoolCount),
      String(figures.mismatchedSchoolCount),
      String(figures.communeCount - figures.uncoveredCommuneCount),
      String(figures.uncoveredCommuneCount),
    ]);
    expect(figures.uncoveredSchoolCount).toBeGreaterThan(0);

    await row.getByRole('link', { name: PIC_SAINT_LOUP }).click();
    await page.waitForURL(/#\/publicationCoverage\/\d+\/show$/);
    const uncovered = page.getByRole('region', { name: /^Écoles sans directeur de publication/ });
    const school = uncovered.getByRole('row').nth(1);
    const uai = (await school.getByRole('cell').first().textContent())!;
    await school.getByRole('link').first().click();

    await page.waitForURL(new RegExp(`#/schools/${uai}/show/publication-director$`));
    await page.getByText('Aucun directeur de publication ce jour.').waitFor();
    await page.getByRole('link', { name: 'Désigner', exact: true }).click();
    await page.waitForURL(new RegExp(`#/publication-directors/school/${uai}/assign$`));
    await page.getByText('Aucun directeur de publication ce jour : la personne désignée le sera à partir de la date de début.').waitFor();
    await fillPerson(page, { firstName: 'Margaux', lastName: 'FABRE', email: 'margaux.fabre@ac-montpellier.fr' });
    await page.getByRole('button', { name: 'Désigner', exact: true }).click();

    await page.waitForURL(new RegExp(`#/schools/${uai}/show/publication-director$`));
    const current = page.getByRole('region', { name: 'Directeur de publication ce jour' });
    await current.getByText('Mme Margaux FABRE').waitFor();
    expect(await current.textContent()).toContain('Directeur ou directrice d’école');
    const history = page.getByRole('region', { name: 'Historique des désignations' });
    await expect.poll(() => history.getByRole('row').count()).toBe(2); // header + the new designation
    expect(await history.getByRole('row').nth(1).textContent()).toContain('Mme Margaux FABRE');
    expect(await history.getByRole('row').nth(1).textContent()).toContain('en cours');
  });

  test('a back-dated designation is refused with the reason (CONFLICT), dates in French', async () => {
    const page = await session.open(`#/publication-directors/school/${AGNES_GELLY}/assign`);
    // The director of the day, and what a new designation does to her.
    await page.getByText('Mme Claire DURAND est directeur ou directrice de publication depuis le 01/09/2022.', { exact: false }).waitFor();
    await fillPerson(page, { firstName: 'Lucie', lastName: 'ROCHE', email: 'lucie.roche@ac-montpellier.fr' });
    await page.getByLabel(/^Date de début/).fill('2022-01-10');
    await page.getByRole('button', { name: 'Désigner', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Désignation refusée' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('La désignation en cours commence le 01/09/2022 : une nouvelle désignation doit commencer après cette date.');
    expect(page.url()).toMatch(/\/assign$/);

    // The history is unchanged: the retired director, then the one of the day.
    await page.goto(`/#/schools/${AGNES_GELLY}/show/publication-director`);
    const history = page.getByRole('region', { name: 'Historique des désignations' });
    await expect.poll(() => history.getByRole('row').count()).toBe(3);
    expect(await history.getByRole('row').nth(1).textContent()).toContain('Mme Claire DURAND');
    expect(await history.getByRole('row').nth(2).textContent()).toContain('Départ à la retraite');
  });

  test('the bulk preview lists each school’s proposal, ready ones selected; confirming designates them', async () => {
    const page = await session.open(`#/publication-directors/circonscriptions/${picSaintLoupId}/proposals`);
    await page.getByRole('heading', { name: `Le directeur de chaque école comme directeur de publication : ${PIC_SAINT_LOUP}` }).waitFor();
    const tally = page.getByRole('status').filter({ hasText: 'prête' });
    await tally.waitFor();
    expect(await tally.textContent()).toMatch(/\d+ prêtes? · .*déjà en place.*sans directeur dans l’annuaire/);
    const rows = page.getByRole('row');
    await expect.poll(() => rows.filter({ hasText: 'Prête' }).count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: 'Mme Claire DURAND' }).textContent()).toContain('Déjà en place');
    expect(await rows.filter({ hasText: 'Pas de directeur dans l’annuaire' }).count()).toBeGreaterThan(0);
    const ready = await rows.filter({ hasText: 'Prête' }).count();
    // Only the ready schools can be ticked, and they are to begin with.
    await page.getByText(`${ready} sélectionnés`, { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Désigner les écoles cochées' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    const done = page.getByRole('status').filter({ hasText: 'désignés à compter du' });
    await done.waitFor();
    expect(await done.textContent()).toContain(`${ready} directeurs de publication désignés`);
    await expect.poll(() => rows.filter({ hasText: 'Prête' }).count()).toBe(0);
  });
});

describe('ERUN of Albi Nord: another circonscription', () => {
  test('the home shows Albi Nord only, and Pic Saint-Loup’s coverage says why it is not reachable (FORBIDDEN)', async () => {
    const home = await session.open('', { as: DEMO_ACCOUNTS.erunAlbi });
    const table = home.getByRole('region', { name: 'Couverture de vos circonscriptions' });
    await table.getByRole('row').filter({ hasText: 'Albi Nord (démo)' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: PIC_SAINT_LOUP }).count()).toBe(0);

    const page = await session.open(`#/publicationCoverage/${picSaintLoupId}/show`, { as: DEMO_ACCOUNTS.erunAlbi });
    const alert = page.getByRole('alert').filter({ hasText: 'Couverture inaccessible' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Cette circonscription est hors de votre périmètre.');
    expect(page.url()).toMatch(/#\/publicationCoverage\/\d+\/show$/);
  });
});
