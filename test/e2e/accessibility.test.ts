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

const { academicTeam, admin } = DEMO_ACCOUNTS;

/** Each main screen, who looks at it (null: signed out), and what shows that its data has loaded. */
const SCREENS = [
  { name: 'login page', route: '#/login', as: null, loaded: 'Connexion à ENT-École' },
  { name: 'home page', route: '', as: academicTeam, loaded: 'communes avec des écoles ouvertes sans convention' },
  { name: 'my account', route: '#/account', as: academicTeam, loaded: 'Équipe académique — Région académique Occitanie' },
  { name: 'school list', route: '#/schools', as: academicTeam, loaded: 'École élémentaire publique Agnès Gelly' },
  { name: 'school page', route: '#/schools/0340711N/show', as: academicTeam, loaded: 'Saint-Mathieu-de-Tréviers (34276)' },
  { name: 'school edit form', route: '#/schools/0340711N', as: academicTeam, loaded: 'Enregistrer' },
  { name: 'commune list', route: `#/communes?filter=${encodeURIComponent(JSON.stringify({ q: 'Tréviers' }))}`, as: academicTeam, loaded: 'Saint-Mathieu-de-Tréviers' },
  { name: 'commune page', route: '#/communes/34276/show', as: academicTeam, loaded: 'École maternelle publique Les Fontanilles' },
  { name: 'circonscription list', route: '#/circonscriptions', as: academicTeam, loaded: 'Pic Saint-Loup (démo)' },
  { name: 'convention list', route: '#/conventions', as: academicTeam, loaded: "Lescure-d'Albigeois" },
  { name: 'convention page', route: '#/conventions', as: academicTeam, open: "Lescure-d'Albigeois", loaded: 'École maternelle publique' },
  { name: 'convention creation form', route: '#/conventions/create', as: academicTeam, loaded: 'Choisissez d’abord la commune' },
  { name: 'campaign list', route: '#/campaigns', as: academicTeam, loaded: 'Sophie Béjean' },
  { name: 'campaign edit form', route: '#/campaigns/11-2022-2023', as: academicTeam, loaded: 'Fin des conventions' },
  { name: 'commune contact form', route: '#/communeContacts/34276', as: academicTeam, loaded: 'SIRET de la mairie' },
  { name: 'grouping creation form', route: '#/groupings/create', as: academicTeam, loaded: 'Communes membres' },
  { name: 'payment list', route: '#/payments', as: academicTeam, loaded: 'Année scolaire' },
  { name: 'renewal page', route: '#/renewal', as: academicTeam, loaded: 'Année à renouveler' },
  { name: 'user list', route: '#/users', as: admin, loaded: 'ERUN — circonscription Pic Saint-Loup (démo)' },
  { name: 'user page', route: '#/users', as: admin, open: 'Élodie ERUN Pic Saint-Loup (démo)', loaded: 'Dernière connexion' },
  { name: 'user creation form', route: '#/users/create', as: admin, loaded: 'Périmètre : choisissez d’abord le niveau.' },
  { name: 'school history', route: '#/schools/0340711N/show/1', as: admin, loaded: 'Aucune modification enregistrée.' },
  { name: 'audit list', route: '#/audit', as: admin, loaded: 'Chaînage intact' },
  { name: 'mail outbox', route: '#/notifications', as: admin, loaded: 'Destinataire' },
];

describe('accessibility (axe-core: no serious or critical violation)', () => {
  test.each(SCREENS)('$name', async ({ route, as, open, loaded }) => {
    const page = await session.open(route, { as });
    if (open) await page.getByRole('link', { name: open }).click();
    await page.getByText(loaded).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
