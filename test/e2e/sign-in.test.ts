import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../generated/index.js';
import { apiRequest, DEMO_ACCOUNTS } from './support/api.js';
import { openConsole, type ConsoleSession } from './support/console.js';
import { passwordInput, signInThroughLoginPage, signOut } from './support/loginPage.js';

// Every journey here starts signed out, on the real login page.
const UserByEmail = graphql(`
  query E2eUserByEmail($email: String!) {
    users(filter: { q: $email }) {
      nodes {
        id
      }
    }
  }
`);

const RevokeSessions = graphql(`
  mutation E2eRevokeSessions($id: ID!) {
    revokeUserSessions(id: $id)
  }
`);

let session: ConsoleSession;
beforeAll(async () => {
  session = await openConsole(null);
});
afterAll(async () => {
  await session?.close();
});

const LOGIN_URL = /#\/login/;

describe('sign-in', () => {
  test('a wrong password is refused with a clear message, on the login page', async () => {
    const page = await session.open();
    await page.waitForURL(LOGIN_URL);
    await signInThroughLoginPage(page, DEMO_ACCOUNTS.academicTeam, 'pas-le-bon-mot-de-passe');
    const alert = page.getByRole('alert').filter({ hasText: 'Adresse électronique ou mot de passe incorrect.' });
    await alert.waitFor();
    expect(page.url()).toMatch(LOGIN_URL);
    await page.context().close();
  });

  test('signs in, lands on the home page with their name, signs out back to the login page', async () => {
    const page = await session.open();
    await signInThroughLoginPage(page, DEMO_ACCOUNTS.academicTeam);
    await page.getByRole('heading', { name: 'Bonjour, Bruno Équipe académique (démo)' }).waitFor();
    expect(await page.getByText('Équipe académique — Région académique Occitanie').count()).toBe(1);

    await signOut(page);
    // The session is closed on the server too: a page of the console leads back to the login page.
    await page.goto('/#/schools');
    await page.waitForURL(LOGIN_URL);
    await page.getByRole('heading', { name: 'Connexion à ENT-École' }).waitFor();
    await page.context().close();
  });

  test('a page asked for while signed out opens once signed in', async () => {
    const page = await session.open('#/schools/0340711N/show');
    await page.waitForURL(LOGIN_URL);
    await signInThroughLoginPage(page, DEMO_ACCOUNTS.academicTeam);
    await page.waitForURL(/#\/schools\/0340711N\/show$/);
    await page.getByText('Saint-Mathieu-de-Tréviers (34276)').waitFor();
    await page.context().close();
  });

  test('a session closed by an administrator leads back to the login page, which says why', async () => {
    const page = await session.open('#/schools', { as: DEMO_ACCOUNTS.dpo });
    await page.getByRole('columnheader', { name: 'Code UAI' }).waitFor();
    await session.asSomeoneElse(DEMO_ACCOUNTS.admin, async (api) => {
      const { users } = await apiRequest(api, UserByEmail, { email: DEMO_ACCOUNTS.dpo });
      await apiRequest(api, RevokeSessions, { id: users.nodes[0]!.id });
    });

    await page.getByRole('menuitem', { name: 'Communes' }).click();
    await page.waitForURL(/#\/login\?session=ended$/);
    await page.getByText('Votre session a pris fin').waitFor();
    await signInThroughLoginPage(page, DEMO_ACCOUNTS.dpo);
    await page.waitForURL(/#\/communes$/); // back where they were going
    await page.context().close();
  });

  test('after five failures the login page says how long to wait', async () => {
    const page = await session.open();
    for (let attempt = 1; attempt <= 6; attempt++) {
      await signInThroughLoginPage(page, DEMO_ACCOUNTS.support, `mauvais-essai-${attempt}`);
      await page.getByRole('alert').filter({ hasText: attempt <= 5 ? 'incorrect' : 'Trop de tentatives' }).waitFor();
    }
    expect(await page.getByRole('alert').textContent()).toContain('réessayez dans 15 minutes');
    expect(await passwordInput(page).inputValue()).toBe('mauvais-essai-6');
    await page.context().close();
  });
});
