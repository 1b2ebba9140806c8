import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../generated/index.js';
import { apiRequest, DEMO_ACCOUNTS } from './support/api.js';
import { openConsole, type ConsoleSession } from './support/console.js';

// The academic team takes a convention from its draft to its signature (demo data of NODE_ENV=development).
const SaveCampaign = graphql(`
  mutation E2eSaveCampaign($input: CampaignInput!) {
    saveCampaign(input: $input) {
      id
    }
  }
`);

/** Today in Paris (yyyy-mm-dd): the council meets and both parties sign today, never in the future. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
/** The school year under way (it starts on 1 September). */
const startYear = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0);
const schoolYear = `${startYear}-${startYear + 1}`;

let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(DEMO_ACCOUNTS.academicTeam);
  // The year's campaign for the académie de Montpellier (the demo data has 2022-2023's only).
  await session.asSomeoneElse(DEMO_ACCOUNTS.academicTeam, (api) =>
    apiRequest(api, SaveCampaign, {
      input: {
        schoolYear,
        academyCode: '11',
        unitPriceCents: 4500,
        conventionEndDate: `${startYear + 1}-10-31`,
        signatoryName: 'Sophie Béjean',
        signatoryTitle: 'rectrice de région académique',
      },
    }),
  );
});
afterAll(async () => {
  await session?.close();
});

const pickOption = async (page: Page, label: string, typed: string, option: string) => {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).click();
};

/** The message under an input, as the form shows it (MUI's helper text). */
const helperOf = async (page: Page, input: ReturnType<Page['getByRole']>) => page.locator(`#${await input.getAttribute('id')}-helper-text`).textContent();

const count = (page: Page, label: string) => page.getByRole('dialog').getByRole('spinbutton', { name: new RegExp(`^${label}`) });

/** Types the register extract's counts into the deliberation form. */
async function fillCounts(page: Page, counts: Record<string, number>) {
  for (const [label, value] of Object.entries(counts)) await count(page, label).fill(String(value));
}

describe('academic team: a convention from draft to signature', () => {
  test('creates a convention, records an adopted deliberation after fixing what the server refused, and signs it', async () => {
    const page = await session.open('#/conventions/create');
    await pickOption(page, 'Commune', 'Saint-Mathieu', 'Saint-Mathieu-de-Tréviers (34276)');
    await page.getByRole('combobox', { name: 'Année scolaire' }).click();
    await page.getByRole('option', { name: schoolYear }).click();
    await page.getByRole('checkbox', { name: 'École élémentaire publique Agnès Gelly (0340711N)' }).check();
    await page.getByRole('checkbox', { name: 'École maternelle publique Les Fontanilles (0340990S)' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // A draft at the campaign's tariff: 2 schools × 45,00 €.
    await page.waitForURL(/#\/conventions\/\d+\/show$/);
    await page.getByText('Brouillon', { exact: true }).waitFor();
    await page.getByText(/^90,00\s€$/).first().waitFor();

    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Envoyée', { exact: true }).waitFor();

    // The council's register extract, first with a quorum not reached and votes that do not add up: the
    // server names each rule's field, and the form shows each reason under its input.
    await page.getByRole('button', { name: 'Enregistrer la délibération' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Date de la séance/).fill(today);
    await dialog.getByRole('textbox', { name: /^Numéro de la délibération/ }).fill('48/2026');
    await fillCounts(page, { 'Membres en exercice': 27, Présents: 13, 'Représentés': 1, Absents: 13, Votants: 14, Pour: 13, Contre: 0, Abstentions: 0 });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();

    const present = count(page, 'Présents');
    await expect.poll(() => present.getAttribute('aria-invalid')).toBe('true');
    expect(await helperOf(page, present)).toContain('Quorum non atteint : 13 présents pour 27 membres en exercice');
    const votesFor = count(page, 'Pour');
    expect(await votesFor.getAttribute('aria-invalid')).toBe('true');
    expect(await helperOf(page, votesFor)).toContain('au lieu des 14 votants');
    expect(await page.getByText('Envoyée', { exact: true }).count()).toBe(1); // nothing recorded

    // Lescure-d'Albigeois's figures: 27 in office, 24 present, 1 proxy, unanimous; the ACTES acknowledgement as
    // Saint-Mathieu-de-Tréviers's document prints it (2-digit département, a date other than the meeting's).
    await fillCounts(page, { Présents: 24, 'Représentés': 1, Absents: 2, Votants: 25, Pour: 25 });
    await dialog.getByRole('textbox', { name: /^Identifiant ACTES/ }).fill('34-213402761-20221005-2022-10-062-DE');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Délibération enregistrée : Saint-Mathieu-de-Tréviers a adopté la convention.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Délibérée', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Signer' }).click();
    await dialog.getByLabel(/^Signée par la commune le/).fill(today);
    await dialog.getByLabel(/^Signée par la région académique le/).fill(today);
    await dialog.getByRole('button', { name: 'Enregistrer les signatures' }).click();
    await page.getByText(`Convention ${schoolYear} de Saint-Mathieu-de-Tréviers signée.`).waitFor();
    await page.getByText('Signée', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Délibération' }).click();
    await page.getByRole('heading', { name: /délibération n° 48\/2026/ }).waitFor();
    expect(await page.getByText('Adoptée', { exact: true }).count()).toBe(1);
    expect(await page.getByText('membres en exercice : 27 ; présents : 24, représentés : 1, absents : 2').count()).toBe(1);
    expect(await page.getByText('034-213402761-20221005-2022-10-062-DE', { exact: true }).count()).toBe(1); // normalised
    expect(await page.getByRole('alert').filter({ hasText: 'La date de l’identifiant ACTES (05/10/2022) est antérieure à la séance' }).count()).toBe(1); // the date differs: a warning only
  });
});
