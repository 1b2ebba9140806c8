import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../generated/index.js';
import { apiRequest, DEMO_ACCOUNTS } from './support/api.js';
import { openConsole, type ConsoleSession } from './support/console.js';
import { signInThroughLoginPage, signOut } from './support/loginPage.js';
import { chooseOption, errorUnder } from './support/reactAdmin.js';

// The administrator runs the accounts; demo data of NODE_ENV=development.
const CirconscriptionSchools = graphql(`
  query E2eCirconscriptionSchools($name: String!) {
    circonscriptions(filter: { q: $name }) {
      nodes {
        id
      }
    }
    schools(limit: 500) {
      nodes {
        uai
        circonscription {
          name
        }
      }
    }
  }
`);

let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.admin);
});
afterAll(async () => {
  await session?.close();
});

const PIC_SAINT_LOUP = 'Pic Saint-Loup (démo)';

describe('administrator: accounts', () => {
  test('creates an ERUN of Pic Saint-Loup, who signs in, sees only that circonscription’s schools and changes their password', async () => {
    const page = await session.open('#/users/create');
    await page.getByLabel(/^Nom/).fill('Camille Nouvelle (e2e)');
    await page.getByLabel(/^Adresse électronique/).fill('camille.n@ent-ecole.test');
    const initialPassword = 'Garrigue-Tramontane-2026!';
    await page.getByLabel(/^Mot de passe initial/).fill(initialPassword);
    await chooseOption(page, 'Rôle', 'ERUN');
    await chooseOption(page, 'Niveau du périmètre', 'Circonscription');
    await page.getByRole('combobox', { name: 'Périmètre', exact: true }).fill('Pic');
    await page.getByRole('option', { name: PIC_SAINT_LOUP }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.waitForURL(/#\/users\/\d+\/show$/);
    await page.getByText(`ERUN — circonscription ${PIC_SAINT_LOUP}`).waitFor();
    await signOut(page);

    await signInThroughLoginPage(page, 'camille.n@ent-ecole.test', initialPassword);
    await page.getByRole('heading', { name: 'Bonjour, Camille Nouvelle (e2e)' }).waitFor();
    await page.getByText(`ERUN — circonscription ${PIC_SAINT_LOUP}`).waitFor();
    await expect.poll(() => page.getByRole('menuitem').allTextContents()).toEqual(['Accueil', 'Écoles', 'Communes', 'Circonscriptions', 'Directeurs de publication', 'Incidents', 'Mon compte']);

    // Exactly the schools that the API places in that circonscription (read as the administrator).
    const expected = await session.asSomeoneElse(DEMO_ACCOUNTS.admin, async (api) => {
      const { schools } = await apiRequest(api, CirconscriptionSchools, { name: 'Pic Saint-Loup' });
      return schools.nodes.filter((school) => school.circonscription?.name === PIC_SAINT_LOUP).map((school) => school.uai).sort();
    });
    expect(expected).toEqual(expect.arrayContaining(['0340711N', '0340990S']));
    await page.goto('/#/schools?perPage=50');
    await expect.poll(() => page.getByRole('row').count()).toBe(expected.length + 1);
    const shown = await page.locator('tbody tr td:first-child').allTextContents();
    expect(shown.sort()).toEqual(expected);

    await page.getByRole('menuitem', { name: 'Mon compte' }).click();
    await page.getByLabel(/^Mot de passe actuel/).fill(initialPassword);
    await page.getByLabel(/^Nouveau mot de passe/).fill('motdepasse');
    await page.getByLabel(/^Confirmez le nouveau mot de passe/).fill('motdepasse');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    expect(await errorUnder(page, /^Nouveau mot de passe/)).toContain('Mot de passe trop faible');

    const strong = 'Cigales-du-Pic-Saint-Loup-en-été';
    await page.getByLabel(/^Nouveau mot de passe/).fill(strong);
    await page.getByLabel(/^Confirmez le nouveau mot de passe/).fill(strong);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Mot de passe changé. Vos autres sessions ont été fermées.').waitFor();
    await page.context().close();
  });

  test('edits an account’s name and grants; its history tells both, grants in words', async () => {
    const page = await session.open('#/users');
    await page.getByRole('link', { name: 'Sofiane Assistance (démo)' }).click();
    await page.getByRole('link', { name: 'Éditer' }).click();
    const name = page.getByLabel(/^Nom/);
    await expect.poll(() => name.inputValue()).toBe('Sofiane Assistance (démo)');
    await name.fill('Sofiane Assistance Toulouse (démo)');
    await chooseOption(page, 'Niveau du périmètre', 'Académie');
    await chooseOption(page, 'Périmètre', 'Toulouse (16)');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.waitForURL(/#\/users\/\d+\/show$/);
    await page.getByText('Assistance — académie de Toulouse').waitFor();
    await page.getByRole('tab', { name: 'Historique' }).click();
    const grants = page.getByRole('row').filter({ hasText: 'Modification des habilitations' });
    expect(await grants.textContent()).toContain('Assistance — Région académique Occitanie→devientAssistance — académie de Toulouse');
    const identity = page.getByRole('row').filter({ hasText: 'Modification d’un compte' });
    expect(await identity.textContent()).toContain('Sofiane Assistance (démo)→devientSofiane Assistance Toulouse (démo)');
    await page.context().close();
  });

  test('deactivates an account after confirming, then reactivates it; its history tells both', async () => {
    const page = await session.open('#/users');
    await page.getByRole('link', { name: 'Étienne ERUN Albi Nord (démo)' }).click();
    await page.waitForURL(/#\/users\/\d+\/show$/);

    await page.getByRole('button', { name: 'Désactiver' }).click();
    const dialog = page.getByRole('dialog', { name: 'Désactiver le compte « Étienne ERUN Albi Nord (démo) » ?' });
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Compte « Étienne ERUN Albi Nord (démo) » désactivé.').waitFor();
    await page.getByText('Désactivé', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Réactiver' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Actif', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByRole('cell', { name: 'Réactivation d’un compte' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Désactivation d’un compte' }).count()).toBe(1);
    await page.context().close();
  });
});

describe('administrator: audit', () => {
  test('a school renamed shows in its « Historique » tab, name before → after', async () => {
    const page = await session.open('#/schools/0340990S');
    const name = page.getByLabel(/^Nom/);
    await expect.poll(() => name.inputValue()).toBe('École maternelle publique Les Fontanilles');
    await name.fill('École maternelle publique Les Fontanilles (renommée)');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/#\/schools\/0340990S\/show$/);

    await page.getByRole('tab', { name: 'Historique' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Modification d’une école' });
    await row.waitFor();
    expect(await row.textContent()).toContain('admin@ent-ecole.test');
    expect(await row.textContent()).toContain(
      'Nom :École maternelle publique Les Fontanilles→devientÉcole maternelle publique Les Fontanilles (renommée)',
    );
    await page.context().close();
  });
});
