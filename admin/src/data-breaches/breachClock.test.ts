import { describe, expect, test } from 'vitest';
import { breachClock } from './breachClock';

const awareAt = Date.parse('2024-05-02T08:30:00.000Z');
const breach = { notificationRequired: true, cnilNotifiedAt: null, notificationDeadline: '2024-05-05T08:30:00.000Z' };
const at = (hours: number, seconds = 0) => awareAt + hours * 3_600_000 + seconds * 1000;

describe('the 72-hour clock', () => {
  test('at awareness, 72 hours are left', () => {
    expect(breachClock(breach, at(0))).toEqual({ state: 'running', hours: 72, minutes: 0 });
  });

  test('hours and minutes left, whole minutes only', () => {
    expect(breachClock(breach, at(1, 90))).toEqual({ state: 'running', hours: 70, minutes: 58 });
    expect(breachClock(breach, at(71, 3599))).toEqual({ state: 'running', hours: 0, minutes: 0 });
  });

  test('on the deadline it still runs; a second later it is overdue', () => {
    expect(breachClock(breach, at(72))).toEqual({ state: 'running', hours: 0, minutes: 0 });
    expect(breachClock(breach, at(72, 1))).toEqual({ state: 'overdue', hours: 0, minutes: 1 });
    expect(breachClock(breach, at(75, 300))).toEqual({ state: 'overdue', hours: 3, minutes: 5 });
  });

  test('a notified breach, or one unlikely to harm (documented only), has no clock', () => {
    expect(breachClock({ ...breach, cnilNotifiedAt: '2024-05-03T10:00:00.000Z' }, at(80))).toEqual({ state: 'notified' });
    expect(breachClock({ ...breach, notificationRequired: false }, at(80))).toEqual({ state: 'notRequired' });
  });
});
