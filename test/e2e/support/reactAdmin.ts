import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Picks an option of a react-admin select (a combobox opening a listbox, named by its label and its value). */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a react-admin autocomplete and picks one of the options it then offers. */
export async function pickOption(page: Page, label: string, typed: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).click();
}

/** The error under an input, once the input says it is invalid (react-admin shows it in place of the helper text). */
export async function errorUnder(page: Page, label: RegExp): Promise<string | null> {
  const input = page.getByLabel(label);
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  return page.locator(`#${await input.getAttribute('id')}-helper-text`).textContent();
}
