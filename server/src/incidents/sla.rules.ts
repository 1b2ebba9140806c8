/**
 * Service levels counted in business hours: Monday to Friday, 08:00–18:00 Paris time, without the public
 * holidays of the incident's department. Incidents may be reported at any hour (convention, Article 7), but
 * the platform answers during business hours: a report at night starts counting at the next opening.
 *
 * Instants are `Date`s (UTC); opening and closing are found on the Paris calendar with `parisInstant`,
 * so an opening is 08:00 in Paris on both sides of a daylight-saving change (06:00 or 07:00 UTC).
 */
import { isWorkingDay } from '../calendar/holidays.js';
import { addDays, parisInstant, todayInParis } from '../common/dates.js';
import { PRIORITIES, type Priority } from './priority.rules.js';

/** Minutes after midnight, Paris time. */
export const OPENS_AT = 8 * 60;
export const CLOSES_AT = 18 * 60;

const MINUTE_MS = 60_000;

/** `ownMinutes`: to take the incident in hand (prise en charge); `resolveMinutes`: to resolve it. Business minutes. */
export interface SlaTargets {
  readonly ownMinutes: number;
  readonly resolveMinutes: number;
}

export type SlaPolicy = Readonly<Record<Priority, SlaTargets>>;

export const DEFAULT_SLA_POLICY: SlaPolicy = Object.freeze({
  P1: Object.freeze({ ownMinutes: 30, resolveMinutes: 4 * 60 }),
  P2: Object.freeze({ ownMinutes: 60, resolveMinutes: 8 * 60 }),
  P3: Object.freeze({ ownMinutes: 4 * 60, resolveMinutes: 24 * 60 }),
  P4: Object.freeze({ ownMinutes: 8 * 60, resolveMinutes: 40 * 60 }),
  P5: Object.freeze({ ownMinutes: 16 * 60, resolveMinutes: 80 * 60 }),
});

/**
 * Checks a policy that comes from configuration (parsed JSON): every priority with whole, positive minutes,
 * and no more time to take an incident in hand than to resolve it. Returns it frozen, or throws a RangeError.
 */
export function checkSlaPolicy(value: unknown): SlaPolicy {
  const policy = {} as Record<Priority, SlaTargets>;
  for (const priority of PRIORITIES) {
    const targets = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[priority] : undefined;
    const { ownMinutes, resolveMinutes } = (typeof targets === 'object' && targets !== null ? targets : {}) as Record<string, unknown>;
    for (const [name, minutes] of [['ownMinutes', ownMinutes], ['resolveMinutes', resolveMinutes]] as const) {
      if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes <= 0) {
        throw new RangeError(`SLA policy: ${priority}.${name} must be a whole number of minutes above 0 (got ${JSON.stringify(minutes)})`);
      }
    }
    if ((ownMinutes as number) > (resolveMinutes as number)) {
      throw new RangeError(`SLA policy: ${priority} gives more time to take in hand (${ownMinutes}) than to resolve (${resolveMinutes})`);
    }
    policy[priority] = Object.freeze({ ownMinutes: ownMinutes as number, resolveMinutes: resolveMinutes as number });
  }
  return Object.freeze(policy);
}

/** A PENDING period (waiting for the reporter or the vendor); `to: null` while still pending. */
export interface Pause {
  from: Date;
  to: Date | null;
}

/** The instant `minutes` business minutes after `start`. */
export function addBusinessMinutes(start: Date, minutes: number, departmentCode?: string): Date {
  // Without pauses the budget always runs out: the result is never null.
  return consume(start, minutes, [], departmentCode)!;
}

/** Business minutes between two instants (0 when `end` is not after `start`); fractional below a minute. */
export function businessMinutesBetween(start: Date, end: Date, departmentCode?: string): number {
  checkInstant(start, 'start');
  checkInstant(end, 'end');
  let total = 0;
  for (const { opens, closes } of businessWindows(start, departmentCode)) {
    if (opens >= end.getTime()) break;
    total += Math.max(0, Math.min(closes, end.getTime()) - Math.max(opens, start.getTime()));
  }
  return total / MINUTE_MS;
}

export interface SlaDueInput {
  reportedAt: Date;
  /** Business minutes, e.g. `DEFAULT_SLA_POLICY.P2.resolveMinutes`. */
  targetMinutes: number;
  pauses?: readonly Pause[];
  departmentCode?: string;
}

/**
 * When the target is due: `targetMinutes` of business time after the report, not counting business time
 * spent paused, so each pause moves the due instant later by its business time. A pause that starts after
 * the budget is spent changes nothing (the target was already missed). `null` while a pause that began
 * before the budget ran out is still open: the clock is stopped and there is no due instant yet.
 */
export function slaDueAt({ reportedAt, targetMinutes, pauses = [], departmentCode }: SlaDueInput): Date | null {
  return consume(reportedAt, targetMinutes, pauses, departmentCode);
}

interface Interval {
  from: number;
  /** `Infinity` for a pause still open. */
  to: number;
}

/** Walks business time from `start`, skipping pauses, until `minutes` are spent. */
function consume(start: Date, minutes: number, pauses: readonly Pause[], departmentCode: string | undefined): Date | null {
  checkInstant(start, 'start');
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Business minutes must be 0 or more (got ${minutes})`);
  const stops = mergePauses(pauses, start.getTime());
  let remaining = minutes * MINUTE_MS;
  for (const window of businessWindows(start, departmentCode)) {
    const from = Math.max(window.opens, start.getTime());
    if (from >= window.closes) continue;
    // An open pause that has begun by now stops the clock for good.
    if (stops.some((stop) => stop.to === Infinity && stop.from <= from)) return null;
    for (const segment of subtract({ from, to: window.closes }, stops)) {
      const length = segment.to - segment.from;
      if (remaining <= length) return new Date(segment.from + remaining);
      remaining -= length;
    }
  }
  // Unreachable: `businessWindows` never ends.
  return null;
}

/** Business windows (opening to closing, ms since the epoch) from the Paris day of `from` onwards, endlessly. */
function* businessWindows(from: Date, departmentCode: string | undefined): Generator<{ opens: number; closes: number }> {
  for (let day = todayInParis(from); ; day = addDays(day, 1)) {
    if (isWorkingDay(day, departmentCode)) {
      yield { opens: parisInstant(day, OPENS_AT).getTime(), closes: parisInstant(day, CLOSES_AT).getTime() };
    }
  }
}

/** Pauses clipped to start at `notBefore`, sorted, overlaps merged, empty ones dropped. */
function mergePauses(pauses: readonly Pause[], notBefore: number): Interval[] {
  const intervals = pauses.map(({ from, to }, index) => {
    checkInstant(from, `pauses[${index}].from`);
    if (to !== null) checkInstant(to, `pauses[${index}].to`);
    const end = to === null ? Infinity : to.getTime();
    if (end < from.getTime()) throw new RangeError(`pauses[${index}] ends before it begins`);
    return { from: Math.max(from.getTime(), notBefore), to: end };
  });
  const merged: Interval[] = [];
  for (const interval of intervals.filter(({ from, to }) => to > from).sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The parts of `interval` outside the sorted, disjoint `stops`. */
function subtract(interval: Interval, stops: readonly Interval[]): Interval[] {
  const parts: Interval[] = [];
  let cursor = interval.from;
  for (const stop of stops) {
    if (stop.to <= cursor) continue;
    if (stop.from >= interval.to) break;
    if (stop.from > cursor) parts.push({ from: cursor, to: stop.from });
    cursor = Math.max(cursor, stop.to);
    if (cursor >= interval.to) return parts;
  }
  if (cursor < interval.to) parts.push({ from: cursor, to: interval.to });
  return parts;
}

function checkInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${name} is not a valid instant`);
}
