/**
 * French public holidays (jours fériés, Code du travail L3133-1) by year and department.
 *
 * Self-contained rather than `@socialgouv/jours-feries`: the only hard part is Easter, a dozen lines of
 * the anonymous Gregorian algorithm; the package returns local-midnight `Date`s (a time-zone trap next to
 * our UTC `YYYY-MM-DD` arithmetic) and would be one more dependency to audit for a table of fixed dates.
 *
 * The list is today's law, not a history (8 May, for one, was not a holiday from 1959 to 1981).
 * Whit Monday stays listed: the "journée de solidarité" may be worked, but the day remains a holiday.
 */
import { addDays, dayOfWeek, formatIsoDate, isIsoDate } from '../common/dates.js';

/** Departments under the local law of Alsace-Moselle: Good Friday and 26 December are holidays there. */
const ALSACE_MOSELLE: ReadonlySet<string> = new Set(['57', '67', '68']);

/** Commemoration of the abolition of slavery, by overseas department (loi 83-550, décret 83-1003 as amended). */
const ABOLITION_OF_SLAVERY: Readonly<Record<string, string>> = {
  '971': '05-27', // Guadeloupe
  '972': '05-22', // Martinique
  '973': '06-10', // Guyane
  '974': '12-20', // La Réunion
  '976': '04-27', // Mayotte
};

/**
 * The INSEE department code in its usual form: '34', '2A', '971'. Also accepts the three-character form
 * of ACTES identifiers ('034', '02A') and lower case, because both reach us from real data. A malformed
 * code throws: silently falling back to the national list would hide a wrong answer.
 */
export function normaliseDepartmentCode(code: string): string {
  const upper = code.trim().toUpperCase();
  const short = /^0(\d\d|2[AB])$/.test(upper) ? upper.slice(1) : upper;
  if (!/^(\d\d|2[AB]|97\d)$/.test(short) || short === '00' || short === '20') {
    throw new RangeError(`Not a department code: "${code}"`);
  }
  return short;
}

/** Easter Sunday of a Gregorian year (anonymous algorithm: Meeus, Jones, Butcher), as `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The public holidays of a year, by date (`YYYY-MM-DD`) in chronological order, with their French names.
 * Without a department: the national list only. Computed on each call (a few additions): no cache to
 * invalidate and no shared state.
 */
export function publicHolidays(year: number, departmentCode?: string): Map<string, string> {
  checkYear(year);
  const department = departmentCode === undefined ? undefined : normaliseDepartmentCode(departmentCode);
  const easter = easterSunday(year);
  const on = (monthDay: string) => `${String(year).padStart(4, '0')}-${monthDay}`;
  const holidays: Array<[string, string]> = [
    [on('01-01'), 'Jour de l’an'],
    [addDays(easter, 1), 'Lundi de Pâques'],
    [on('05-01'), 'Fête du Travail'],
    [on('05-08'), 'Victoire 1945'],
    [addDays(easter, 39), 'Ascension'],
    [addDays(easter, 50), 'Lundi de Pentecôte'],
    [on('07-14'), 'Fête nationale'],
    [on('08-15'), 'Assomption'],
    [on('11-01'), 'Toussaint'],
    [on('11-11'), 'Armistice 1918'],
    [on('12-25'), 'Noël'],
  ];
  if (department !== undefined && ALSACE_MOSELLE.has(department)) {
    holidays.push([addDays(easter, -2), 'Vendredi saint'], [on('12-26'), 'Saint-Étienne']);
  }
  const abolition = department === undefined ? undefined : ABOLITION_OF_SLAVERY[department];
  if (abolition !== undefined) holidays.push([on(abolition), 'Abolition de l’esclavage']);
  // ISO dates sort as strings.
  return new Map(holidays.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function isPublicHoliday(date: string, departmentCode?: string): boolean {
  checkDate(date);
  return publicHolidays(Number(date.slice(0, 4)), departmentCode).has(date);
}

/** Monday to Friday and not a public holiday (of the department, when one is given). */
export function isWorkingDay(date: string, departmentCode?: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date, departmentCode);
}

/** The date itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(date: string, departmentCode?: string): string {
  checkDate(date);
  let day = date;
  // At most a weekend plus a holiday or two in a row: the loop is short.
  while (!isWorkingDay(day, departmentCode)) day = addDays(day, 1);
  return day;
}

function checkYear(year: number): void {
  // 1583: the first full Gregorian year; 9999: the last year an ISO date string can hold.
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
}

function checkDate(date: string): void {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
}
