import { daysBetween } from '../common/dates.js';

/**
 * Reminders to communes come in rounds: the first once `everyDays` have passed since the event (sending
 * of an unsigned convention, due date of an unpaid revenue order), then one more every `everyDays`. The
 * round number goes into the outbox's dedupe key, so each round is mailed once however often the job
 * runs, on however many instances.
 */
export const UNSIGNED_REMINDER_DAYS = 30;
export const UNPAID_REMINDER_DAYS = 30;

/** Round 1 once `everyDays` have passed since `since`, 2 after twice that…; null before the first. */
export function reminderRound(since: string, today: string, everyDays: number): number | null {
  const round = Math.floor(daysBetween(since, today) / everyDays);
  return round >= 1 ? round : null;
}

/** An unpaid revenue order is reminded from the day after its due date, then every `everyDays`. */
export function overdueRound(dueOn: string, today: string, everyDays: number): number | null {
  const late = daysBetween(dueOn, today);
  return late >= 1 ? Math.floor((late - 1) / everyDays) + 1 : null;
}
