import type { ImportStatus } from '../graphql/generated/graphql';

/** The server's `directory-import` job looks for work every 3 s and saves progress after each batch. */
export const POLL_INTERVAL_MS = 2_000;

/** Consecutive failed polls after which the page stops asking and offers to try again. */
export const MAX_POLL_FAILURES = 5;

/** A run that a worker still has to take up or to finish. */
export const isInProgress = (status: ImportStatus): boolean => status === 'PENDING' || status === 'RUNNING';

/**
 * react-query's `refetchInterval` for a run's page: poll while the run waits or runs; stop once it is
 * analysed, applied or failed (nothing changes without a new request of the user, who then refreshes),
 * when the run is unknown, or after too many failed requests in a row (a server down, a lost session).
 */
export function nextPollDelay(run: { status: ImportStatus } | undefined, consecutiveFailures: number): number | false {
  if (!run || consecutiveFailures >= MAX_POLL_FAILURES) return false;
  return isInProgress(run.status) ? POLL_INTERVAL_MS : false;
}
