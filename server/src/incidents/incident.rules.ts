/**
 * The arithmetic of an incident beyond priority and business hours (priority.rules.ts, sla.rules.ts):
 * references, due instants with the clock stops, remaining time, breaches, automatic closing.
 */
import { addDays, dayOfWeek, parisInstant, todayInParis } from '../common/dates.js';
import type { Priority } from './priority.rules.js';
import { addBusinessMinutes, businessMinutesBetween, slaDueAt, type Pause, type SlaPolicy } from './sla.rules.js';

/** Convention, Article 7: "L’assistance des parents est effectuée au niveau des écoles." */
export const SCHOOL_HELPS_PARENTS = 'Les parents et les élèves sont aidés par leur école, pas par la plateforme académique : orientez-les vers la directrice ou le directeur d’école.';

export function isRefusedReporter(role: string): boolean {
  return role === 'PARENT' || role === 'PUPIL';
}

/** `INC-2024-000123`: numbered from 1 each calendar year (Paris), six digits at least. */
export function formatReference(year: number, number: number): string {
  return `INC-${year}-${String(number).padStart(6, '0')}`;
}

export function referenceYear(reportedAt: Date): number {
  return Number(todayInParis(reportedAt).slice(0, 4));
}

export interface DueInput {
  reportedAt: Date;
  priority: Priority;
  policy: SlaPolicy;
  /** Every period the resolution clock stopped (PENDING, RESOLVED before a reopening); `to: null` while it lasts. */
  stops: readonly Pause[];
  /** The incident's département, for its public holidays; none for the whole platform (national holidays). */
  departmentCode: string | null;
}

/**
 * When the incident must be taken in hand and resolved. Taking in hand happens before any stop, so its due
 * instant depends on the priority alone. The resolution due instant counts the stops that have ended, not
 * the current one: it is the instant as of when the clock stopped, so it is never unknown (`slaDueAt` gives
 * null for a running stop) and the queue sorts on it; whether it was missed is decided against the instant
 * the clock stopped (see `isLate`).
 */
export function dueInstants({ reportedAt, priority, policy, stops, departmentCode }: DueInput): { ownDueAt: Date; resolveDueAt: Date } {
  const department = departmentCode ?? undefined;
  const targets = policy[priority];
  const ended = stops.filter((stop) => stop.to !== null);
  return {
    ownDueAt: addBusinessMinutes(reportedAt, targets.ownMinutes, department),
    // Without a running stop the budget always runs out: never null.
    resolveDueAt: slaDueAt({ reportedAt, targetMinutes: targets.resolveMinutes, pauses: ended, departmentCode: department })!,
  };
}

/** Business minutes during which the resolution clock ran, from the report to `until`. Stops never overlap. */
export function runningMinutes(reportedAt: Date, until: Date, stops: readonly Pause[], departmentCode: string | null): number {
  const department = departmentCode ?? undefined;
  const stopped = stops.reduce((total, stop) => {
    const end = stop.to === null || stop.to > until ? until : stop.to;
    return total + businessMinutesBetween(stop.from, end, department);
  }, 0);
  return Math.round(businessMinutesBetween(reportedAt, until, department) - stopped);
}

/**
 * Missed: the due instant passed before the target was met or the clock stopped (taken in hand, resolved,
 * or waiting with time left), or before now while it runs. The SQL filter `breached` says the same.
 */
export function isLate(dueAt: Date, metOrStoppedAt: Date | null, now: Date): boolean {
  return dueAt < (metOrStoppedAt ?? now);
}

/**
 * Business minutes left to resolve, negative once overdue (whole minutes, rounded down, so any delay shows
 * as -1 or less). While the clock is stopped, the time that was left when it stopped.
 */
export function remainingMinutes(resolveDueAt: Date, clockStoppedAt: Date | null, now: Date, departmentCode: string | null): number {
  const from = clockStoppedAt ?? now;
  const department = departmentCode ?? undefined;
  const minutes = resolveDueAt >= from ? businessMinutesBetween(from, resolveDueAt, department) : -businessMinutesBetween(resolveDueAt, from, department);
  return Math.floor(minutes);
}

/** Calendar days, not business days: resolved on 10 June (any time), closed from 17 June. */
const AUTO_CLOSE_DAYS = 7;

export function autoCloseOn(resolvedAt: Date): string {
  return addDays(todayInParis(resolvedAt), AUTO_CLOSE_DAYS);
}

/** Incidents resolved before this instant (a Paris midnight) are due for closing at `now`. */
export function autoCloseCutoff(now: Date): Date {
  return parisInstant(addDays(todayInParis(now), 1 - AUTO_CLOSE_DAYS), 0);
}

/** The Monday of a calendar date's week (weeks run Monday to Sunday in France). */
export function mondayOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The median of some numbers (the mean of the two middle ones for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
