import { describe, expect, it } from 'vitest';
import {
  autoCloseCutoff, autoCloseOn, dueInstants, formatReference, isLate, isRefusedReporter, median, mondayOf, referenceYear, remainingMinutes, runningMinutes,
} from './incident.rules.js';
import { DEFAULT_SLA_POLICY } from './sla.rules.js';

// Instants in UTC; comments give Paris time (CET = UTC+1, CEST = UTC+2).
const at = (iso: string) => new Date(iso);
const policy = DEFAULT_SLA_POLICY;

describe('references', () => {
  it('numbers per Paris calendar year on six digits', () => {
    expect(formatReference(2024, 123)).toBe('INC-2024-000123');
    expect(formatReference(2024, 1_234_567)).toBe('INC-2024-1234567');
    expect(referenceYear(at('2023-12-31T22:59:00Z'))).toBe(2023);
    expect(referenceYear(at('2023-12-31T23:30:00Z'))).toBe(2024); // already 1 January in Paris
  });

  it('refuses parents and pupils only', () => {
    expect(['PARENT', 'PUPIL'].every(isRefusedReporter)).toBe(true);
    expect(['SCHOOL_DIRECTOR', 'TEACHER', 'CPC', 'ERUN', 'ACADEMIC_TEAM'].some(isRefusedReporter)).toBe(false);
  });
});

describe('due instants', () => {
  it('crosses a weekend: P1 reported Friday 16:00 is due Friday 16:30 and Monday 10:00', () => {
    const due = dueInstants({ reportedAt: at('2024-06-07T14:00:00Z'), priority: 'P1', policy, stops: [], departmentCode: '34' });
    expect(due.ownDueAt.toISOString()).toBe('2024-06-07T14:30:00.000Z');
    expect(due.resolveDueAt.toISOString()).toBe('2024-06-10T08:00:00.000Z');
  });

  it('skips 14 July: P2 reported Thursday 13 July 2023 17:00 is resolved by Monday 17 July 15:00', () => {
    const due = dueInstants({ reportedAt: at('2023-07-13T15:00:00Z'), priority: 'P2', policy, stops: [], departmentCode: '81' });
    expect(due.ownDueAt.toISOString()).toBe('2023-07-13T16:00:00.000Z');
    expect(due.resolveDueAt.toISOString()).toBe('2023-07-17T13:00:00.000Z');
  });

  it('skips Easter Monday 2024, and Good Friday too in Moselle', () => {
    const reportedAt = at('2024-03-29T16:00:00Z'); // Friday 17:00 CET
    expect(dueInstants({ reportedAt, priority: 'P1', policy, stops: [], departmentCode: '34' }).resolveDueAt.toISOString()).toBe('2024-04-02T09:00:00.000Z');
    expect(dueInstants({ reportedAt, priority: 'P1', policy, stops: [], departmentCode: '57' }).resolveDueAt.toISOString()).toBe('2024-04-02T10:00:00.000Z');
    expect(dueInstants({ reportedAt, priority: 'P1', policy, stops: [], departmentCode: null }).resolveDueAt.toISOString()).toBe('2024-04-02T09:00:00.000Z');
  });

  it('moves the resolution by an ended PENDING stop, and keeps the instant of when the clock stopped during a running one', () => {
    const reportedAt = at('2024-06-10T07:00:00Z'); // Monday 09:00 CEST
    const ended = [{ from: at('2024-06-10T08:00:00Z'), to: at('2024-06-10T09:30:00Z') }];
    expect(dueInstants({ reportedAt, priority: 'P1', policy, stops: ended, departmentCode: '34' }).resolveDueAt.toISOString()).toBe('2024-06-10T12:30:00.000Z');
    const running = [{ from: at('2024-06-10T08:00:00Z'), to: null }];
    const due = dueInstants({ reportedAt, priority: 'P1', policy, stops: running, departmentCode: '34' });
    expect(due.resolveDueAt.toISOString()).toBe('2024-06-10T11:00:00.000Z');
    // Stopped at 10:00 with 3 hours left: not late however long it waits, and 180 minutes still to go.
    expect(isLate(due.resolveDueAt, running[0]!.from, at('2024-06-12T08:00:00Z'))).toBe(false);
    expect(remainingMinutes(due.resolveDueAt, running[0]!.from, at('2024-06-12T08:00:00Z'), '34')).toBe(180);
  });

  it('changes with the priority (an override)', () => {
    const reportedAt = at('2024-06-10T07:00:00Z');
    const p5 = dueInstants({ reportedAt, priority: 'P5', policy, stops: [], departmentCode: '34' });
    expect(p5.ownDueAt.toISOString()).toBe('2024-06-11T13:00:00.000Z'); // 16 business hours: Tuesday 15:00
  });
});

describe('running time, remaining time, breaches', () => {
  it('counts the business minutes the clock ran, without the stops', () => {
    const stops = [{ from: at('2024-06-10T08:00:00Z'), to: at('2024-06-10T09:30:00Z') }];
    expect(runningMinutes(at('2024-06-10T07:00:00Z'), at('2024-06-10T13:00:00Z'), stops, '34')).toBe(270);
    // A stop still running at `until` counts up to `until`.
    expect(runningMinutes(at('2024-06-10T07:00:00Z'), at('2024-06-10T09:00:00Z'), [{ from: at('2024-06-10T08:00:00Z'), to: null }], '34')).toBe(60);
  });

  it('shows the time left, negative (rounded down) once overdue', () => {
    const due = at('2024-06-10T11:00:00Z');
    expect(remainingMinutes(due, null, at('2024-06-10T10:00:00Z'), '34')).toBe(60);
    expect(remainingMinutes(due, null, at('2024-06-10T11:00:30Z'), '34')).toBe(-1);
    // Friday 17:00 → Monday 09:00: two business hours, whatever the weekend.
    expect(remainingMinutes(at('2024-06-10T07:00:00Z'), null, at('2024-06-07T15:00:00Z'), '34')).toBe(120);
    expect(remainingMinutes(at('2024-06-07T15:00:00Z'), null, at('2024-06-10T07:00:00Z'), '34')).toBe(-120);
  });

  it('is late when the due instant passed before the target was met, or before now', () => {
    const due = at('2024-06-10T11:00:00Z');
    expect(isLate(due, null, at('2024-06-10T11:00:01Z'))).toBe(true);
    expect(isLate(due, null, at('2024-06-10T11:00:00Z'))).toBe(false);
    expect(isLate(due, at('2024-06-10T10:59:00Z'), at('2024-07-01T00:00:00Z'))).toBe(false);
    expect(isLate(due, at('2024-06-10T11:01:00Z'), at('2024-06-10T11:01:00Z'))).toBe(true);
  });
});

describe('automatic closing', () => {
  it('closes on the seventh calendar day after the resolution date, at Paris midnight', () => {
    const resolvedAt = at('2024-06-10T14:00:00Z');
    expect(autoCloseOn(resolvedAt)).toBe('2024-06-17');
    expect(resolvedAt < autoCloseCutoff(at('2024-06-16T21:59:59Z'))).toBe(false); // Sunday 16, 23:59 in Paris
    expect(resolvedAt < autoCloseCutoff(at('2024-06-16T22:00:00Z'))).toBe(true); // Monday 17, 00:00
  });

  it('counts weekends and holidays, and Paris midnight across the autumn clock change', () => {
    const resolvedAt = at('2024-10-21T08:00:00Z'); // Monday 10:00 CEST
    expect(autoCloseOn(resolvedAt)).toBe('2024-10-28');
    expect(resolvedAt < autoCloseCutoff(at('2024-10-27T22:59:59Z'))).toBe(false);
    expect(resolvedAt < autoCloseCutoff(at('2024-10-27T23:00:00Z'))).toBe(true); // Monday 28, 00:00 CET
  });
});

describe('weeks and medians', () => {
  it('finds the Monday of a week', () => {
    expect(mondayOf('2024-06-16')).toBe('2024-06-10');
    expect(mondayOf('2024-06-10')).toBe('2024-06-10');
    expect(mondayOf('2024-01-03')).toBe('2024-01-01');
  });

  it('takes the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
