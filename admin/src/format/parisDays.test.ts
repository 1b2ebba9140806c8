import { describe, expect, test } from 'vitest';
import { parisDayStart, todayInParis } from './parisDays';

describe('Paris days as instants', () => {
  test.each([
    ['2024-01-15', 0, '2024-01-14T23:00:00.000Z'], // winter: UTC+1
    ['2024-07-01', 0, '2024-06-30T22:00:00.000Z'], // summer: UTC+2
    ['2024-03-31', 0, '2024-03-30T23:00:00.000Z'], // clocks go forward at 2 a.m. that day
    ['2024-03-31', 1, '2024-03-31T22:00:00.000Z'], // …so the next day starts in summer time
    ['2024-10-27', 0, '2024-10-26T22:00:00.000Z'], // clocks go back at 3 a.m. that day
    ['2024-12-31', 1, '2024-12-31T23:00:00.000Z'], // the day after, across the year
  ])('%s + %i day(s) begins at %s', (day, days, instant) => {
    expect(parisDayStart(day, days)).toBe(instant);
  });

  test('anything but a calendar date gives no bound', () => {
    expect(parisDayStart(undefined)).toBeUndefined();
    expect(parisDayStart('31/03/2024')).toBeUndefined();
  });
});

describe('today in Paris', () => {
  test.each([
    ['2024-05-01T21:59:59.000Z', '2024-05-01'], // 23:59:59 in Paris (summer time)
    ['2024-05-01T22:00:00.000Z', '2024-05-02'], // midnight in Paris, still the 1st in UTC
    ['2024-12-31T23:30:00.000Z', '2025-01-01'], // winter time, across the year
  ])('at %s it is %s', (instant, day) => {
    expect(todayInParis(new Date(instant))).toBe(day);
  });
});
