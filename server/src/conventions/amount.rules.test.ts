import { describe, expect, it } from 'vitest';
import {
  amendmentAmountCents,
  conventionAmountCents,
  formatEuros,
  isSchoolYear,
  NARROW_NO_BREAK_SPACE,
  nextSchoolYear,
  NO_BREAK_SPACE,
  schoolYearBounds,
  schoolYearOf,
  schoolsAddedSince,
} from './amount.rules.js';

/** 45 € TTC per school and per year, in both documents. */
const UNIT_PRICE_CENTS = 4500;

describe('convention amount', () => {
  it('is 2 × 45 € = 90 € for both communes of the source documents', () => {
    expect(conventionAmountCents(2, UNIT_PRICE_CENTS)).toBe(9000);
  });

  it('is exact in cents where euros in floating point are not', () => {
    expect(conventionAmountCents(3, 10)).toBe(30); // 3 × 0.10 € = 0.30000000000000004 in floats
    expect(conventionAmountCents(0, UNIT_PRICE_CENTS)).toBe(0);
  });

  it('refuses fractional, negative or unsafe figures', () => {
    expect(() => conventionAmountCents(1.5, UNIT_PRICE_CENTS)).toThrow(RangeError);
    expect(() => conventionAmountCents(-1, UNIT_PRICE_CENTS)).toThrow(RangeError);
    expect(() => conventionAmountCents(2, 45.5)).toThrow(RangeError);
    expect(() => conventionAmountCents(2, Number.NaN)).toThrow(RangeError);
    expect(() => conventionAmountCents(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
});

describe('amendment (avenant) amount', () => {
  it('prices the schools added after signature at the year’s unit price', () => {
    expect(amendmentAmountCents(1, UNIT_PRICE_CENTS)).toBe(4500);
    expect(conventionAmountCents(2, UNIT_PRICE_CENTS) + amendmentAmountCents(1, UNIT_PRICE_CENTS)).toBe(conventionAmountCents(3, UNIT_PRICE_CENTS));
  });

  it('needs at least one added school', () => {
    expect(() => amendmentAmountCents(0, UNIT_PRICE_CENTS)).toThrow(RangeError);
  });

  it('finds the added schools: enrolled now, not in the signed convention', () => {
    const signed = ['0340711N', '0340990S']; // Article 9 of the Saint-Mathieu-de-Tréviers convention
    expect(schoolsAddedSince(signed, ['0340990S', '0341234X', '0340711N', '0341234X'])).toEqual(['0341234X']);
    expect(schoolsAddedSince(signed, ['0340711N'])).toEqual([]); // a withdrawal adds nothing and refunds nothing
  });
});

describe('formatEuros', () => {
  it('writes the convention amount the French way, with a no-break space before €', () => {
    expect(formatEuros(9000)).toBe(`90,00${NO_BREAK_SPACE}€`);
    expect(formatEuros(4500)).toBe('45,00\u00A0€');
  });

  it('writes cents and small amounts', () => {
    expect(formatEuros(0)).toBe('0,00\u00A0€');
    expect(formatEuros(5)).toBe('0,05\u00A0€');
    expect(formatEuros(99)).toBe('0,99\u00A0€');
    expect(formatEuros(100)).toBe('1,00\u00A0€');
  });

  it('groups thousands with U+202F by default, like Intl fr-FR', () => {
    expect(formatEuros(100_000)).toBe('1\u202F000,00\u00A0€');
    expect(formatEuros(123_456_789)).toBe(`1${NARROW_NO_BREAK_SPACE}234${NARROW_NO_BREAK_SPACE}567,89\u00A0€`);
    expect(formatEuros(99_999)).toBe('999,99\u00A0€');
  });

  // A Node built without full ICU, or with CLDR older than 34 (U+00A0 between thousands), cannot compare.
  const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  const modernFrenchIcu = intl.resolvedOptions().locale === 'fr-FR' && intl.format(1000).includes('\u202F');
  it.runIf(modernFrenchIcu)('agrees with Intl.NumberFormat fr-FR, as the console formats in the browser', () => {
    for (const cents of [9000, 123_456_789, -4500, 7]) expect(formatEuros(cents)).toBe(intl.format(cents / 100));
  });

  it('groups thousands with U+00A0 for pdfkit’s standard fonts', () => {
    expect(formatEuros(123_456_789, { thousandsSeparator: NO_BREAK_SPACE })).toBe('1\u00A0234\u00A0567,89\u00A0€');
    expect(formatEuros(123_456_789, { thousandsSeparator: NO_BREAK_SPACE })).not.toContain('\u202F');
  });

  it('writes negative amounts with a leading minus and refuses fractions of a cent', () => {
    expect(formatEuros(-4500)).toBe('-45,00\u00A0€');
    expect(formatEuros(-123_456)).toBe('-1\u202F234,56\u00A0€');
    expect(() => formatEuros(0.5)).toThrow(RangeError);
  });
});

describe('school years', () => {
  it('recognises two consecutive years', () => {
    expect(isSchoolYear('2022-2023')).toBe(true);
    expect(isSchoolYear('2023-2024')).toBe(true);
    for (const bad of ['2022-2022', '2022-2024', '2023-2022', '2022/2023', '22-23', '2022-23', ' 2022-2023', '']) expect(isSchoolYear(bad)).toBe(false);
  });

  it('gives the next year', () => {
    expect(nextSchoolYear('2022-2023')).toBe('2023-2024');
    expect(nextSchoolYear('2099-2100')).toBe('2100-2101');
    expect(() => nextSchoolYear('2022-2024')).toThrow(RangeError);
  });

  it('starts a school year on 1 September', () => {
    expect(schoolYearOf('2022-08-31')).toBe('2021-2022');
    expect(schoolYearOf('2022-09-01')).toBe('2022-2023');
    expect(schoolYearOf('2022-12-31')).toBe('2022-2023');
    expect(schoolYearOf('2023-01-01')).toBe('2022-2023');
    expect(() => schoolYearOf('2023-02-29')).toThrow(RangeError);
  });

  it('places the documents’ dates in their school years', () => {
    expect(schoolYearOf('2022-10-20')).toBe('2022-2023'); // Saint-Mathieu-de-Tréviers meeting, 2022-2023 convention
    expect(schoolYearOf('2023-09-25')).toBe('2023-2024'); // Lescure-d'Albigeois meeting, 2023-2024 convention
    // Convention end dates may fall in the next school year: 31 October 2023 for Montpellier 2022-2023.
    expect(schoolYearOf('2023-10-31')).toBe('2023-2024');
  });

  it('bounds a school year from 1 September to 31 August', () => {
    expect(schoolYearBounds('2022-2023')).toEqual({ startsOn: '2022-09-01', endsOn: '2023-08-31' });
  });
});
