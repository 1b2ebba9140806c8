import { describe, expect, it } from 'vitest';
import { easterSunday, isPublicHoliday, isWorkingDay, normaliseDepartmentCode, publicHolidays, workingDayOnOrAfter } from './holidays.js';

describe('Easter', () => {
  it('matches the published dates', () => {
    // Including the extremes of the range: 22 March (2285) and 25 April (2038, 1943).
    const known: Record<number, string> = {
      1943: '1943-04-25',
      2000: '2000-04-23',
      2019: '2019-04-21',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('refuses years the Gregorian algorithm does not cover', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2024.5)).toThrow(RangeError);
  });
});

describe('national public holidays', () => {
  it('lists the eleven holidays of 2024 in order, with their French names', () => {
    expect([...publicHolidays(2024)]).toEqual([
      ['2024-01-01', 'Jour de l’an'],
      ['2024-04-01', 'Lundi de Pâques'],
      ['2024-05-01', 'Fête du Travail'],
      ['2024-05-08', 'Victoire 1945'],
      ['2024-05-09', 'Ascension'],
      ['2024-05-20', 'Lundi de Pentecôte'],
      ['2024-07-14', 'Fête nationale'],
      ['2024-08-15', 'Assomption'],
      ['2024-11-01', 'Toussaint'],
      ['2024-11-11', 'Armistice 1918'],
      ['2024-12-25', 'Noël'],
    ]);
  });

  it('moves Easter Monday, Ascension and Whit Monday with Easter', () => {
    expect(publicHolidays(2023).get('2023-04-10')).toBe('Lundi de Pâques');
    expect(publicHolidays(2024).get('2024-04-01')).toBe('Lundi de Pâques');
    expect(publicHolidays(2025).get('2025-04-21')).toBe('Lundi de Pâques');
    expect(publicHolidays(2023).get('2023-05-18')).toBe('Ascension');
    expect(publicHolidays(2025).get('2025-05-29')).toBe('Ascension');
    expect(publicHolidays(2023).get('2023-05-29')).toBe('Lundi de Pentecôte');
    expect(publicHolidays(2025).get('2025-06-09')).toBe('Lundi de Pentecôte');
  });

  it('keeps 14 July whatever the weekday', () => {
    for (const year of [2023, 2024, 2025]) expect(isPublicHoliday(`${year}-07-14`)).toBe(true);
    expect(isPublicHoliday('2024-07-15')).toBe(false);
  });

  it('gives Hérault (the rectorate) and Tarn the national list only', () => {
    expect([...publicHolidays(2024, '34').keys()]).toEqual([...publicHolidays(2024).keys()]);
    expect(publicHolidays(2024, '81').size).toBe(11);
  });
});

describe('Alsace-Moselle', () => {
  it('adds Good Friday and 26 December in 57, 67 and 68 only', () => {
    for (const department of ['57', '67', '68']) {
      const holidays = publicHolidays(2024, department);
      expect(holidays.size).toBe(13);
      expect(holidays.get('2024-03-29')).toBe('Vendredi saint');
      expect(holidays.get('2024-12-26')).toBe('Saint-Étienne');
    }
    for (const department of [undefined, '34', '69', '971', '2A']) {
      expect(isPublicHoliday('2024-03-29', department)).toBe(false);
      expect(isPublicHoliday('2024-12-26', department)).toBe(false);
    }
  });

  it('follows Easter for Good Friday', () => {
    expect(isPublicHoliday('2023-04-07', '67')).toBe(true);
    expect(isPublicHoliday('2025-04-18', '68')).toBe(true);
  });
});

describe('overseas departments', () => {
  const days: Array<[string, string]> = [
    ['971', '2024-05-27'],
    ['972', '2024-05-22'],
    ['973', '2024-06-10'],
    ['974', '2024-12-20'],
    ['976', '2024-04-27'],
  ];

  it('adds the abolition of slavery day in its own department only', () => {
    for (const [department, date] of days) {
      expect(publicHolidays(2024, department).get(date)).toBe('Abolition de l’esclavage');
      expect(publicHolidays(2024, department).size).toBe(12);
      for (const [other] of days) if (other !== department) expect(isPublicHoliday(date, other)).toBe(false);
      expect(isPublicHoliday(date)).toBe(false);
      expect(isPublicHoliday(date, '57')).toBe(false);
    }
  });

  it('keeps the list in date order when a local day falls among the national ones', () => {
    expect([...publicHolidays(2024, '976').keys()].slice(0, 3)).toEqual(['2024-01-01', '2024-04-01', '2024-04-27']);
  });
});

describe('department codes', () => {
  it('accepts the INSEE forms and the three-character ACTES form', () => {
    expect(normaliseDepartmentCode('34')).toBe('34');
    expect(normaliseDepartmentCode('034')).toBe('34');
    expect(normaliseDepartmentCode('2a')).toBe('2A');
    expect(normaliseDepartmentCode('02B')).toBe('2B');
    expect(normaliseDepartmentCode(' 971 ')).toBe('971');
    expect(isPublicHoliday('2024-03-29', '057')).toBe(true);
  });

  it('refuses what is not a department code', () => {
    for (const code of ['', '3', '20', '00', '2C', '34000', 'Moselle', '0971']) {
      expect(() => normaliseDepartmentCode(code)).toThrow(RangeError);
    }
    expect(() => publicHolidays(2024, 'Moselle')).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('excludes weekends and holidays', () => {
    expect(isWorkingDay('2024-07-12')).toBe(true); // Friday
    expect(isWorkingDay('2024-07-13')).toBe(false); // Saturday
    expect(isWorkingDay('2024-07-14')).toBe(false); // Sunday and holiday
    expect(isWorkingDay('2024-07-15')).toBe(true);
    expect(isWorkingDay('2023-07-14')).toBe(false); // Friday, holiday
    expect(isWorkingDay('2024-04-01')).toBe(false); // Easter Monday
    expect(isWorkingDay('2024-03-29')).toBe(true);
    expect(isWorkingDay('2024-03-29', '57')).toBe(false);
  });

  it('rolls forward to the next working day', () => {
    expect(workingDayOnOrAfter('2024-07-12')).toBe('2024-07-12');
    expect(workingDayOnOrAfter('2023-04-30')).toBe('2023-05-02'); // Sunday, then 1 May
    expect(workingDayOnOrAfter('2024-03-29', '67')).toBe('2024-04-02'); // Good Friday to Easter Monday
    expect(workingDayOnOrAfter('2022-12-24', '68')).toBe('2022-12-27'); // Saturday, Christmas, Saint-Étienne
    expect(workingDayOnOrAfter('2022-12-24')).toBe('2022-12-26');
  });

  it('refuses malformed dates', () => {
    expect(() => isPublicHoliday('2023-02-29')).toThrow(RangeError);
    expect(() => isWorkingDay('14/07/2024')).toThrow(RangeError);
  });
});
