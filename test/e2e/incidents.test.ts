import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS } from './support/api.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { openConsole, type ConsoleSession } from './support/console.js';
import { chooseOption, errorUnder, pickOption } from './support/reactAdmin.js';

// The support team's screens on the demo incidents (NODE_ENV=development): about thirty, in every status.
let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.support);
});
afterAll(async () => {
  await session?.close();
});

/** The demo incidents these tests work on, each by a title no other demo incident has. */
const NEW_INCIDENT = 'Demande de tutoriel pour les parents';
const MAJOR_INCIDENT = 'ENT inaccessible dans toute l’académie';

/** Opens an incident from the home page's queue, found by its title through the queue's search. */
async function openFromQueue(page: Page, title: string): Promise<void> {
  const queue = page.getByRole('region', { name: 'File de l’assistance' });
  await queue.getByLabel('Référence, titre ou déclarant').fill(title);
  const row = queue.getByRole('row').filter({ hasText: title });
  await expect.poll(() => queue.getByRole('row').count()).toBe(2); // the header and the incident
  await row.getByRole('link', { name: /^INC-/ }).click();
  await page.waitForURL(/#\/incidents\/\d+\/show/);
  await page.getByRole('heading', { name: 'Signalement' }).waitFor();
}

/** Waits for the notification that tells this outcome. */
async function told(page: Page, message: string | RegExp): Promise<void> {
  const notification = page.getByRole('alert').filter({ hasText: message });
  await notification.waitFor();
}

/** The status badge above the tabs. */
const statusShown = (page: Page) => page.locator('.RaLabeled-label', { hasText: 'Statut' }).locator('..').locator('.fr-badge').textContent();

describe('support: the queue and an incident’s handling', () => {
  test('support takes an incident, comments, resolves', { timeout: 90_000 }, async () => {
    const page = await session.open();
    await openFromQueue(page, NEW_INCIDENT);
    expect(await statusShown(page)).toBe('Nouveau');

    await page.getByRole('button', { name: 'Prendre en charge' }).click();
    await told(page, /Vous avez pris en charge l’incident INC-/);
    await expect.poll(() => statusShown(page)).toBe('Attribué');
    expect(await page.getByText('Sofiane Assistance (démo)').count()).toBeGreaterThan(0);
    // Only the changes the incident may take now are offered.
    expect(await page.getByRole('button', { name: 'Mettre en attente' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Commencer le traitement' }).click();
    await expect.poll(() => statusShown(page)).toBe('En cours');

    await page.getByRole('tab', { name: /Échanges/ }).click();
    const comment = async (body: string, visibility: RegExp, outcome: string) => {
      await page.getByLabel(/^Commentaire/).fill(body);
      await page.getByRole('radio', { name: visibility }).check();
      await page.getByRole('button', { name: 'Ajouter le commentaire' }).click();
      await told(page, outcome);
      await page.getByText(body).waitFor();
    };
    await comment('Un tutoriel pour les parents est en préparation.', /^Public/, 'Commentaire envoyé au déclarant.');
    await comment('Voir avec la DANE pour la vidéo.', /^Interne/, 'Commentaire interne ajouté.');

    await page.getByRole('button', { name: 'Résoudre', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Résoudre l’incident' });
    await dialog.getByLabel(/^Message de résolution/).fill('Le tutoriel est en ligne sur le portail de l’école.');
    await dialog.getByRole('button', { name: 'Résoudre' }).click();
    await told(page, /résolu ; le déclarant est prévenu/);
    await expect.poll(() => statusShown(page)).toBe('Résolu');

    // The conversation says which comment went to the reporter and which stayed with the team.
    const comments = page.getByRole('article');
    await expect.poll(() => comments.count()).toBe(2);
    expect(await comments.nth(0).textContent()).toContain('Public — envoyé au déclarant');
    expect(await comments.nth(0).textContent()).toContain('Un tutoriel pour les parents est en préparation.');
    expect(await comments.nth(1).textContent()).toContain('Interne — réservé à l’assistance');
    // A resolved incident is reopened or closed; it is no longer taken or put on hold.
    expect(await page.getByRole('button', { name: 'Rouvrir' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Prendre en charge' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Fiche' }).click();
    await page.getByText('Le tutoriel est en ligne sur le portail de l’école.').waitFor();
  });

  test('the report form refuses a parent as reporter, with the server’s reason under the input', async () => {
    const page = await session.open('#/incidents/create');
    await chooseOption(page, 'Fonction du déclarant', 'Parent d’élève');
    await page.getByLabel(/^Nom du déclarant/).fill('Martine Parent');
    await page.getByLabel(/^Courriel du déclarant/).fill('martine.parent@example.test');
    await pickOption(page, 'École', 'Gelly', 'École élémentaire publique Agnès Gelly (0340711N)');
    await chooseOption(page, 'Catégorie', 'Messagerie');
    await page.getByLabel(/^Titre/).fill('Pas de messages de la maîtresse');
    await page.getByLabel(/^Description/).fill('Je ne reçois plus les messages de la classe.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    expect(await errorUnder(page, /^Fonction du déclarant/)).toContain('aidés par leur école');
    expect(page.url()).toMatch(/#\/incidents\/create$/);
  });
});

describe('ERUN: reporting within their circonscription', () => {
  test('only their schools are offered, and a commune outside their circonscription is refused', async () => {
    const page = await session.open('#/incidents/create', { as: DEMO_ACCOUNTS.erunPicSaintLoup });
    // The ERUN reports for themself: their name and address are already there.
    await expect.poll(() => page.getByLabel(/^Nom du déclarant/).inputValue()).toBe('Élodie ERUN Pic Saint-Loup (démo)');
    await page.getByRole('combobox', { name: 'École' }).fill('Lescure');
    await page.getByText('Aucun résultat').waitFor();

    await page.getByRole('radio', { name: 'L’espace d’une commune' }).check();
    await pickOption(page, 'Commune', 'Lescure', "Lescure-d'Albigeois (81144)");
    await chooseOption(page, 'Catégorie', 'Compte et connexion');
    await page.getByLabel(/^Titre/).fill('Comptes bloqués');
    await page.getByLabel(/^Description/).fill('Les enseignants ne peuvent plus se connecter.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByRole('alert').filter({ hasText: /hors de votre périmètre/ }).waitFor();
    expect(page.url()).toMatch(/#\/incidents\/create$/);
  });
});

describe('accessibility of the incidents’ screens (axe-core: no serious or critical violation)', () => {
  const screens: Array<{ name: string; open: (page: Page) => Promise<void> }> = [
    { name: 'support home', open: (page) => page.getByText('Incidents ouverts par priorité').first().waitFor() },
    { name: 'incident list', open: (page) => page.goto('/#/incidents').then(() => page.getByRole('link', { name: /^INC-/ }).first().waitFor()) },
    {
      // From the list, whose rows lack what the page reads (its comments, attachments, linked incidents).
      name: 'incident page',
      open: async (page) => {
        await page.goto('/#/incidents');
        await page.getByRole('row').filter({ hasText: MAJOR_INCIDENT }).getByRole('link', { name: /^INC-/ }).click();
        await page.getByRole('heading', { name: 'Signalement' }).waitFor();
      },
    },
    {
      name: 'incident conversation',
      open: async (page) => {
        await openFromQueue(page, MAJOR_INCIDENT);
        await page.getByRole('tab', { name: /Échanges/ }).click();
        await page.getByRole('button', { name: 'Ajouter le commentaire' }).waitFor();
      },
    },
    { name: 'report form', open: (page) => page.goto('/#/incidents/create').then(() => page.getByLabel(/^Fonction du déclarant/).waitFor()) },
  ];

  test.each(screens)('$name', async ({ open }) => {
    const page = await session.open();
    await open(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
