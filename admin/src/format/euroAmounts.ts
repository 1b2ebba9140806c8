/**
 * Amounts typed in euros, stored in integer cents (as every amount of the API). People type French
 * amounts: `45`, `45,5`, `45,50 €`, `1 000,00`; a dot is accepted as the decimal separator too.
 */
const AMOUNT = /^(\d+)(?:[.,](\d{1,2}))?$/;

/** `45,50` → 4550; undefined when the text is not a non-negative amount with at most two decimals. */
export function eurosToCents(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = AMOUNT.exec(value.replace(/[\s\u00a0\u202f€]/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 4550 → `45,50`: what an amount input shows (without the currency, which its label gives). */
export const centsToEuros = (cents: number): string => `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
