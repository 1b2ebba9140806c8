/**
 * Calendar dates travel and are stored as ISO `YYYY-MM-DD` strings: a date of a council meeting or of a
 * receipt has no time zone, and string arithmetic in UTC avoids every daylight-saving surprise.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (`2023-02-29` is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The UTC midnight of a `YYYY-MM-DD` date. */
export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(value: string, days: number): string {
  const date = parseIsoDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return formatIsoDate(date);
}

const LONG_FRENCH_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "1er février 2024", "29 février 2024": the long French date of letters and mails. */
export function longFrenchDate(isoDate: string): string {
  const [day, ...rest] = LONG_FRENCH_DATE.format(parseIsoDate(isoDate)).split(' ');
  return [day === '1' ? '1er' : day, ...rest].join(' ');
}

/** Built once: creating an Intl formatter costs far more than formatting (it showed in request profiles). */
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The last minute asked for and its date: most reads ask for today, and formatting showed in profiles too. */
let lastMinute = { minute: Number.NaN, date: '' };

/**
 * Today's calendar date in Europe/Paris, the time zone of every date the users type. Paris days begin on
 * a whole UTC minute (its offsets are whole hours), so every instant of a minute has the same date.
 */
export function todayInParis(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, date: PARIS_DATE.format(now) };
  return lastMinute.date;
}

/**
 * Adds calendar months; when the target month is too short, the result is its last day (31 Jan + 1 month
 * → 28 or 29 Feb). That is how EU law counts months (Regulation 1182/71, art. 3(2)(c)) and what people expect.
 */
export function addMonths(value: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Whole months only (got ${months})`);
  const date = parseIsoDate(value);
  const target = date.getUTCMonth() + months;
  // Day 0 of the month after the target is the target month's last day.
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), target + 1, 0)).getUTCDate();
  return formatIsoDate(new Date(Date.UTC(date.getUTCFullYear(), target, Math.min(date.getUTCDate(), lastDay))));
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function dayOfWeek(value: string): number {
  return parseIsoDate(value).getUTCDay();
}

const PARIS_WALL_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23', // 00–23: `hour12: false` may print midnight as 24
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `2024-06-10 09:00`: an instant on the Paris wall clock, as a spreadsheet reads a date and time. */
export function parisDateTime(instant: Date): string {
  const part = Object.fromEntries(PARIS_WALL_CLOCK.formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** `2024-06-17` → `17/06/2024`, as French letters write a date. */
export function frenchDate(isoDate: string): string {
  return isoDate.split('-').reverse().join('/');
}

/** How far Paris wall-clock time is ahead of UTC at an instant: one hour in winter, two in summer. */
function parisOffsetMs(instant: number): number {
  const parts = Object.fromEntries(PARIS_WALL_CLOCK.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  // The parts have no milliseconds: compare with the instant truncated to the second.
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which Paris clocks show `minutes` after midnight of `date` (480 → 08:00), across
 * daylight-saving changes. A time skipped in spring (02:30 on the last Sunday of March) gives the instant
 * one hour later, as a clock put forward would; a time repeated in autumn gives its second occurrence.
 */
export function parisInstant(date: string, minutes: number): Date {
  const wall = parseIsoDate(date).getTime() + minutes * 60_000;
  // Guess with the offset at the wall time read as UTC, then correct once: offsets change at most hourly.
  const guess = wall - parisOffsetMs(wall);
  return new Date(wall - parisOffsetMs(guess));
}

/** Whole days from one calendar date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}
