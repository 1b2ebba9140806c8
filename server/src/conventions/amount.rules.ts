import { isIsoDate } from '../common/dates.js';

/**
 * Money is integer cents (45 € = 4500): sums of cents are exact where sums of euros in floating point are
 * not. The unit price comes from the school year's tariff, never from code. Bad arguments here are
 * programming errors (the service validates what people type), hence RangeError rather than a result.
 */

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer (got ${value})`);
}

function assertCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer number of cents (got ${value})`);
}

function product(schools: number, unitPriceCents: number): number {
  const amount = schools * unitPriceCents;
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${schools} × ${unitPriceCents} cents is beyond exact integers`);
  return amount;
}

/** Article 9: enrolled schools × the year's price per school; 2 × 4500 = 9000 (90 €). */
export function conventionAmountCents(enrolledSchools: number, unitPriceCents: number): number {
  assertCount('enrolledSchools', enrolledSchools);
  assertCount('unitPriceCents', unitPriceCents);
  return product(enrolledSchools, unitPriceCents);
}

/**
 * An amendment (avenant) adds schools enrolled after signature, at the same year's unit price. It is never
 * negative: the convention provides no refund for a school withdrawn after signature, so a withdrawal is
 * not priced here. An amendment without an added school has no reason to exist.
 */
export function amendmentAmountCents(addedSchools: number, unitPriceCents: number): number {
  assertCount('addedSchools', addedSchools);
  if (addedSchools === 0) throw new RangeError('an amendment adds at least one school');
  assertCount('unitPriceCents', unitPriceCents);
  return product(addedSchools, unitPriceCents);
}

/** The UAIs enrolled now that were not in the signed convention, in their current order, without repeats. */
export function schoolsAddedSince(signedUais: readonly string[], currentUais: readonly string[]): string[] {
  const signed = new Set(signedUais);
  return [...new Set(currentUais)].filter((uai) => !signed.has(uai));
}

/** U+202F, the thin no-break space that French typography and `Intl` (`fr-FR`) put between thousands. */
export const NARROW_NO_BREAK_SPACE = '\u202F';
/** U+00A0: pdfkit's standard fonts (WinAnsi) have no glyph for U+202F, but have this one. */
export const NO_BREAK_SPACE = '\u00A0';

export interface EurosFormat {
  /** Between groups of thousands; U+202F by default, as `Intl.NumberFormat('fr-FR')` does, U+00A0 for PDFs. */
  thousandsSeparator?: typeof NARROW_NO_BREAK_SPACE | typeof NO_BREAK_SPACE;
}

/**
 * `9000` → `90,00 €`, `123456789` → `1 234 567,89 €`, with a no-break space before the sign so that
 * "€" never starts a line. Written by hand rather than with `Intl` so that the output does not depend on
 * the ICU data of the Node build, and so that the PDF variant exists.
 */
export function formatEuros(cents: number, format: EurosFormat = {}): string {
  assertCents('cents', cents);
  const separator = format.thousandsSeparator ?? NARROW_NO_BREAK_SPACE;
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const euros = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+$)/g, separator);
  const rest = String(absolute % 100).padStart(2, '0');
  return `${sign}${euros},${rest}${NO_BREAK_SPACE}€`;
}

/**
 * School years are written `2022-2023`. A school year is taken to start on 1 September and end on 31
 * August: the rentrée moves every year (set by the national school calendar) and ENT-École's conventions
 * end on dates of their own (31 October 2023, 5 September 2024), so neither can define the year; a fixed
 * date keeps `schoolYearOf` pure and answers the same for every académie.
 */
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

export function isSchoolYear(value: string): boolean {
  const match = SCHOOL_YEAR.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

function startYear(schoolYear: string): number {
  if (!isSchoolYear(schoolYear)) throw new RangeError(`not a school year: "${schoolYear}" (expected e.g. 2022-2023)`);
  return Number(schoolYear.slice(0, 4));
}

export function nextSchoolYear(schoolYear: string): string {
  const year = startYear(schoolYear) + 1;
  return `${year}-${year + 1}`;
}

/** The school year of a `YYYY-MM-DD` date: from September on, the year that starts then. */
export function schoolYearOf(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** First and last day of a school year, under the 1 September convention of `schoolYearOf`. */
export function schoolYearBounds(schoolYear: string): { startsOn: string; endsOn: string } {
  const year = startYear(schoolYear);
  return { startsOn: `${year}-09-01`, endsOn: `${year + 1}-08-31` };
}
