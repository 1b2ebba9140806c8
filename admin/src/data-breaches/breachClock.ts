/** Where a breach stands with the CNIL's 72 hours (GDPR Art. 33(1)). */
export type BreachClock =
  | { state: 'notified' }
  | { state: 'notRequired' }
  /** `hours` and `minutes` left before the deadline, or past it when overdue. */
  | { state: 'running' | 'overdue'; hours: number; minutes: number };

const MINUTE_MS = 60_000;

/**
 * The clock of a breach at `now` (ms), from the deadline the server computed (awareness + 72 calendar
 * hours): whole minutes, rounded towards the deadline's side that matters (a minute and a half left
 * reads "1 min"; ten seconds past reads "overdue by 1 min").
 */
export function breachClock(
  breach: { notificationRequired: boolean; cnilNotifiedAt: string | null; notificationDeadline: string },
  now: number,
): BreachClock {
  if (breach.cnilNotifiedAt) return { state: 'notified' };
  if (!breach.notificationRequired) return { state: 'notRequired' };
  const leftMs = Date.parse(breach.notificationDeadline) - now;
  const minutes = leftMs >= 0 ? Math.floor(leftMs / MINUTE_MS) : Math.ceil(-leftMs / MINUTE_MS);
  return { state: leftMs >= 0 ? 'running' : 'overdue', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
