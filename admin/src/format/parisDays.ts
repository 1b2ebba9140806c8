/** Calendar days of the Paris time zone as the API's instants (audit filters are "from day … to day"). */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const parisClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Paris's clock is ahead of UTC at an instant (1 h in winter, 2 h in summer), in ms. */
function parisOffsetMs(instant: number): number {
  const part = Object.fromEntries(parisClock.formatToParts(new Date(instant)).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - instant;
}

/** The calendar day it is in Paris (`2024-05-02`) at an instant: the API's dates are Paris days. */
export function todayInParis(now = new Date()): string {
  const part = Object.fromEntries(parisClock.formatToParts(now).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}`;
}

/**
 * The instant at which a Paris day (`2024-03-31`) begins, `days` later, as ISO: `2024-03-30T23:00:00.000Z`.
 * Paris changes its clocks at 2 or 3 a.m., so midnight always exists once and the offset read at UTC
 * midnight of that date is the right one. Undefined for anything but a calendar date.
 */
export function parisDayStart(day: string | undefined, days = 0): string | undefined {
  const match = day === undefined ? null : CALENDAR_DATE.exec(day);
  if (!match) return undefined;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return new Date(utcMidnight - parisOffsetMs(utcMidnight)).toISOString();
}

const parisCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Paris as a calendar date (`2024-05-02`): the API's dates are the controller's, in Montpellier. */
export const parisToday = (now: Date = new Date()): string => parisCalendar.format(now);
