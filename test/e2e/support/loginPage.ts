import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api.js';

/** The login page's password input (its "Afficher" checkbox is labelled after it too). */
export const passwordInput = (page: Page) => page.getByRole('textbox', { name: 'Mot de passe' });

/** Signs in through the login page, as a person would. */
export async function signInThroughLoginPage(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole('heading', { name: 'Connexion à ENT-École' }).waitFor();
  await page.getByLabel('Adresse électronique').fill(email);
  await passwordInput(page).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs out with the header's button, and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('heading', { name: 'Connexion à ENT-École' }).waitFor();
}
