import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../generated/index.js';
import { apiRequest, DEMO_ACCOUNTS } from './support/api.js';
import { openConsole, type ConsoleSession } from './support/console.js';
import { pickOption } from './support/reactAdmin.js';

// The academic team keeps the schools of the conventions up to date (demo data of NODE_ENV=development).
const SchoolVersion = graphql(`
  query E2eSchoolVersion($uai: String!) {
    school(uai: $uai) {
      version
    }
  }
`);

const RenameSchool = graphql(`
  mutation E2eRenameSchool($uai: String!, $version: Int!, $name: String!) {
    updateSchool(uai: $uai, input: { version: $version, name: $name }) {
      version
    }
  }
`);

let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.academicTeam);
});
afterAll(async () => {
  await session?.close();
});

describe('academic team: the console', () => {
  test('switches to English and back (English is loaded on demand)', async () => {
    const page = await session.open('#/schools');
    const chooseLanguage = async (name: RegExp) => {
      await page.locator('button.fr-translate').first().click();
      await page.getByRole('link', { name }).first().click();
    };
    await page.getByRole('columnheader', { name: 'Code UAI' }).waitFor();
    await chooseLanguage(/English/);
    await page.getByRole('columnheader', { name: 'UAI code' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await chooseLanguage(/Français/);
    await page.getByRole('columnheader', { name: 'Code UAI' }).waitFor();
  });
});

describe('academic team: schools', () => {
  test('the home page and the menu offer what the team uses, not the accounts, audit or outbox', async () => {
    const page = await session.open();
    await page.getByRole('heading', { name: 'Bonjour, Bruno Équipe académique (démo)' }).waitFor();
    await expect
      .poll(() => page.getByRole('menuitem').allTextContents())
      .toEqual(['Accueil', 'Écoles', 'Communes', 'Circonscriptions', 'Conventions', 'Campagnes', 'Regroupements', 'Paiements', 'Imports d’annuaire', 'Directeurs de publication', 'Incidents', 'Mon compte']);
    const modules = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Vos modules' }) });
    expect(await modules.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Écoles', 'Communes', 'Circonscriptions', 'Conventions', 'Campagnes', 'Regroupements', 'Paiements', 'Imports d’annuaire', 'Directeurs de publication', 'Incidents']);
  });

  test('the home page opens on the conventions funnel of the latest campaign', async () => {
    const page = await session.open();
    await page.getByRole('heading', { level: 2, name: 'Conventions 2023-2024' }).waitFor();
    await page.getByRole('table', { name: 'Conventions par état' }).waitFor();
    // Lescure-d'Albigeois, deliberated in 2023: one convention, two schools, 90,00 €.
    const deliberated = page.getByRole('row').filter({ hasText: 'Délibérée' }).getByRole('cell');
    await expect.poll(async () => (await deliberated.allTextContents()).map((text) => text.replace(/\s/g, ' '))).toEqual(['Délibérée', '1', '2', '90,00 €']);
  });

  test('lists schools in French, filters by commune, renames a school', async () => {
    const page = await session.open('#/schools');
    await page.getByRole('columnheader', { name: 'Code UAI' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('columnheader', { name: 'Commune' }).count()).toBe(1);
    expect(await page.getByText('Lignes par page').count()).toBe(1); // react-admin's own French

    await pickOption(page, 'Commune', 'Saint-Mathieu', 'Saint-Mathieu-de-Tréviers (34276)');
    await expect.poll(() => page.getByRole('row').count()).toBe(3); // header + the commune's two schools
    expect(await page.getByRole('cell', { name: '0340990S' }).count()).toBe(1);

    await page.getByRole('link', { name: 'École élémentaire publique Agnès Gelly' }).click();
    await page.waitForURL(/#\/schools\/0340711N\/show$/);
    await page.getByRole('link', { name: 'Éditer' }).click();
    const name = page.getByLabel('Nom');
    await expect.poll(() => name.inputValue()).toBe('École élémentaire publique Agnès Gelly');
    await name.fill('École élémentaire publique Agnès-Gelly de Saint-Mathieu');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.waitForURL(/#\/schools\/0340711N\/show$/);
    await page.getByText('École élémentaire publique Agnès-Gelly de Saint-Mathieu', { exact: true }).first().waitFor();
  });

  test('a UAI with a wrong check letter is refused by the server, under the UAI input', async () => {
    const page = await session.open('#/schools/create');
    await page.getByLabel('Code UAI').fill('0340711A');
    await page.getByLabel('Nom').fill('École maternelle publique des Essais');
    await page.getByLabel('Type').click();
    await page.getByRole('option', { name: 'Maternelle' }).click();
    await pickOption(page, 'Commune', 'Saint-Mathieu', 'Saint-Mathieu-de-Tréviers (34276)');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    const uai = page.getByLabel('Code UAI');
    await expect.poll(() => uai.getAttribute('aria-invalid')).toBe('true');
    const helper = page.locator(`#${await uai.getAttribute('id')}-helper-text`);
    expect(await helper.textContent()).toContain('la lettre de contrôle de 0340711 est N, pas A');
    expect(page.url()).toMatch(/#\/schools\/create$/);
  });

  test('a change saved by someone else meanwhile is explained, and reloading shows it', async () => {
    const page = await session.open('#/schools/0340990S');
    const name = page.getByLabel('Nom');
    await expect.poll(() => name.inputValue()).toBe('École maternelle publique Les Fontanilles');

    await session.asSomeoneElse(DEMO_ACCOUNTS.admin, async (api) => {
      const { school } = await apiRequest(api, SchoolVersion, { uai: '0340990S' });
      await apiRequest(api, RenameSchool, { uai: '0340990S', version: school!.version, name: 'École maternelle Les Fontanilles (changée ailleurs)' });
    });

    await name.fill('École maternelle publique Les Fontanilles de Saint-Mathieu');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a modifié cette école' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Rechargez l’école');

    await alert.getByRole('button', { name: 'Recharger' }).click();
    await expect.poll(() => name.inputValue()).toBe('École maternelle Les Fontanilles (changée ailleurs)');
    await alert.waitFor({ state: 'detached' });
  });
});
