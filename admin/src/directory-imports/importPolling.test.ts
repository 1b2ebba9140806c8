import { describe, expect, test } from 'vitest';
import { MAX_POLL_FAILURES, nextPollDelay, POLL_INTERVAL_MS } from './importPolling';

describe('polling a run', () => {
  test.each(['PENDING', 'RUNNING'] as const)('goes on while the run is %s', (status) => {
    expect(nextPollDelay({ status }, 0)).toBe(POLL_INTERVAL_MS);
  });

  test.each(['ANALYSED', 'APPLIED', 'FAILED'] as const)('stops once the run is %s', (status) => {
    expect(nextPollDelay({ status }, 0)).toBe(false);
  });

  test('stops before the run is known (a first load that failed, an unknown run)', () => {
    expect(nextPollDelay(undefined, 0)).toBe(false);
  });

  test('tolerates a few failed requests, then stops', () => {
    expect(nextPollDelay({ status: 'RUNNING' }, MAX_POLL_FAILURES - 1)).toBe(POLL_INTERVAL_MS);
    expect(nextPollDelay({ status: 'RUNNING' }, MAX_POLL_FAILURES)).toBe(false);
  });
});
