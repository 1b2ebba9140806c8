import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../generated/index.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { apiRequest, DEMO_ACCOUNTS } from './support/api.js';
import { openConsole, type ConsoleSession } from './support/console.js';

// The DPO registers and handles rights requests and breaches (demo data of NODE_ENV=development).
const RegisterRequest = graphql(`
  mutation E2eRegisterRequest($receivedOn: Date!, $lastName: String!) {
    createDataSubjectRequest(
      input: {
        rights: [ACCESS]
        receivedOn: $receivedOn
        channel: LETTER
        content: "Copie de mes données (e2e)."
        applicant: { firstName: "Romane", lastName: $lastName }
      }
    ) {
      id
      dueOn
    }
  }
`);

const OpenBreach = graphql(`
  mutation E2eOpenBreach($awareAt: DateTime!, $title: String!) {
    openBreach(input: { title: $title, nature: "Messages d’une classe visibles par une autre école (e2e).", awareAt: $awareAt }) {
      id
    }
  }
`);

const ListRequests = graphql(`
  query E2eListRequests {
    dataSubjectRequests(limit: 1) {
      totalCount
    }
  }
`);

let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.dpo);
});
afterAll(async () => {
  await session?.close();
});

const { dpo, support } = DEMO_ACCOUNTS;

/** A request registered through the API, as another screen of the DPO would have done. */
const registerRequest = (receivedOn: string, lastName: string) =>
  session.asSomeoneElse(dpo, async (api) => (await apiRequest(api, RegisterRequest, { receivedOn, lastName })).createDataSubjectRequest);

/** A breach the DPO became aware of `hoursAgo` hours ago. */
const openBreach = (hoursAgo: number, title: string) =>
  session.asSomeoneElse(dpo, async (api) => {
    const awareAt = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    return (await apiRequest(api, OpenBreach, { awareAt, title })).openBreach;
  });

/** The error under an input (react-admin shows it in place of the helper text). */
const helperOf = async (page: Page, label: RegExp) => {
  const input = page.getByLabel(label);
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  return page.locator(`#${await input.getAttribute('id')}-helper-text`).textContent();
};

/** Fills the extension dialog of the request shown and sends it. */
const extend = async (page: Page, notifiedOn: string) => {
  await page.getByRole('button', { name: 'Prolonger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prolonger de deux mois' });
  await dialog.getByLabel(/^Personne informée le/).fill(notifiedOn);
  await dialog.getByLabel(/^Motifs/).fill('Demande complexe : messages à extraire de plusieurs écoles (e2e).');
  await dialog.getByRole('button', { name: 'Prolonger' }).click();
  return dialog;
};

describe('DPO: rights requests', () => {
  test('registers a request received on 31 January 2024 (due 29/02/2024) and extends it (due 30/04/2024)', async () => {
    const page = await session.open('#/dataSubjectRequests/create');
    await page.getByRole('checkbox', { name: 'Accès' }).check();
    await page.getByLabel(/^Reçue le/).fill('2024-01-31');
    await page.getByRole('radio', { name: 'Courrier' }).check();
    await page.getByLabel(/^Contenu de la demande/).fill('Je souhaite recevoir la copie des données me concernant (e2e).');
    await page.getByLabel(/^Prénom/).fill('Camille');
    await page.getByLabel(/^Nom/).fill('Martin (e2e)');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.waitForURL(/#\/dataSubjectRequests\/\d+\/show$/);
    await page.getByText('Échéance : 29/02/2024').waitFor();
    expect(await page.getByText(/^En retard de \d+ jours$/).count()).toBe(1);

    const dialog = await extend(page, '2024-02-20');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Échéance : 30/04/2024').waitFor();
    expect(await page.getByText('prolongée de deux mois, la personne informée le 20/02/2024 (échéance initiale : 29/02/2024).').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Prolonger' }).count()).toBe(0); // once only

    // The extension notice is now among the letters, as a PDF built by the server.
    await page.getByRole('tab', { name: 'Courriers' }).click();
    const notice = page.getByRole('link', { name: /^Information de prolongation/ });
    const response = await page.request.get(new URL((await notice.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    await page.context().close();
  });

  test('an extension told after the initial due date is refused on « Personne informée le »', async () => {
    const request = await registerRequest('2024-01-31', 'Durand (e2e)');
    const page = await session.open(`#/dataSubjectRequests/${request.id}/show`);
    await page.getByText('Échéance : 29/02/2024').waitFor();

    const dialog = await extend(page, '2024-03-01');
    expect(await helperOf(page, /^Personne informée le/)).toContain('il est trop tard pour prolonger');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(await page.getByText('Échéance : 29/02/2024').count()).toBe(1);
    await page.context().close();
  });

  test('the overdue filter lists only late requests, each with its days late', async () => {
    const page = await session.open(`#/dataSubjectRequests?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`);
    await page.getByText(/^En retard de \d+ jours?$/).first().waitFor();
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) expect(await row.textContent()).toMatch(/En retard de \d+ jours?/);
    await page.context().close();
  });
});

describe('DPO: breaches', () => {
  test('the 72-hour clock runs on a fresh breach, is red once past, and a late notification needs its reasons', async () => {
    const fresh = await openBreach(1, 'Violation récente (e2e)');
    const page = await session.open(`#/dataBreaches/${fresh.id}/show`);
    await page.getByRole('timer').getByText(/^Il reste 70 h \d\d min pour notifier la CNIL$/).waitFor();

    const late = await openBreach(80, 'Violation découverte tard (e2e)');
    await page.goto(`/#/dataBreaches/${late.id}/show`);
    await page.getByRole('timer').getByText(/^Délai de 72 heures dépassé de 8 h \d\d min$/).waitFor();
    await page.getByRole('button', { name: 'Notifier la CNIL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer la notification à la CNIL' });
    await dialog.getByLabel(/^Motifs du retard/).fill('Violation découverte un vendredi soir ; analyse du périmètre (e2e).');
    await dialog.getByRole('button', { name: 'Notifier la CNIL' }).click();
    await page.getByRole('timer').getByText(/^Notifiée à la CNIL le /).waitFor();
    await page.context().close();
  });
});

describe('DPO: the registers', () => {
  test('the breach register lists the breaches, the processing register opens the ENT-École entry, the letters list their templates', async () => {
    await openBreach(3, 'Violation listée (e2e)');
    const page = await session.open('#/dataBreaches');
    await page.getByRole('link', { name: 'Violation listée (e2e)' }).waitFor();
    expect(await page.getByRole('columnheader').count()).toBeGreaterThan(3);

    await page.goto('/#/processingActivities');
    const entry = 'ENT-École : espace numérique de travail des écoles publiques du premier degré';
    await page.getByRole('link', { name: entry }).click();
    await page.waitForURL(/#\/processingActivities\/[^/]+\/show$/);
    await page.getByText('Finalités').first().waitFor();
    expect(await page.getByText(entry).count()).toBeGreaterThan(0);

    await page.goto('/#/letterTemplates');
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('other roles', () => {
  test('a SUPPORT user sees no DPO menu, is refused the pages, and the API answers FORBIDDEN', async () => {
    const page = await session.open('', { as: support });
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
    await expect.poll(() => page.getByRole('menuitem').allTextContents()).toEqual(['Accueil', 'Écoles', 'Communes', 'Circonscriptions', 'Incidents', 'Mon compte']);

    await page.goto('/#/dataSubjectRequests');
    await page.waitForURL(/#\/access-denied$/);
    await page.getByText('Vous n’avez pas les droits d’accès à cette page').or(page.getByText("Vous n'avez pas les droits d'accès à cette page")).waitFor();
    const refusal = await session.asSomeoneElse(support, (api) => apiRequest(api, ListRequests, {}).then(() => '', (error: Error) => error.message));
    expect(refusal).toContain('FORBIDDEN');
    await page.context().close();
  });
});

/** The DPO's main screens, and what shows that their data has loaded. */
const SCREENS: Array<{ name: string; route: () => Promise<string>; loaded: string | RegExp }> = [
  { name: 'DPO home', route: async () => '', loaded: 'Demandes reçues' },
  { name: 'request list', route: async () => '#/dataSubjectRequests', loaded: /En retard de/ },
  { name: 'request page', route: async () => `#/dataSubjectRequests/${(await registerRequest('2023-03-31', 'Bernard (e2e)')).id}/show`, loaded: 'Échéance : 02/05/2023' },
  { name: 'request creation form', route: async () => '#/dataSubjectRequests/create', loaded: 'Directives post mortem' },
  { name: 'breach page', route: async () => `#/dataBreaches/${(await openBreach(2, 'Violation (axe)')).id}/show`, loaded: /pour notifier la CNIL/ },
  { name: 'processing register', route: async () => '#/processingActivities', loaded: 'ENT-École : espace numérique de travail des écoles publiques du premier degré' },
];

describe('accessibility of the DPO’s screens (axe-core: no serious or critical violation)', () => {
  test.each(SCREENS)('$name', async ({ route, loaded }) => {
    const page = await session.open(await route());
    await page.getByText(loaded).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
