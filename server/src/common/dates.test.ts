import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, frenchDate, isIsoDate, parisDateTime, parisInstant, todayInParis } from './dates.js';

describe('calendar dates', () => {
  it('accepts only real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2022-10-20', 12)).toBe('2022-11-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('takes today in Paris, not in UTC', () => {
    expect(todayInParis(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
    expect(todayInParis(new Date('2023-07-01T21:59:00Z'))).toBe('2023-07-01');
  });

  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2024-01-15', 1)).toBe('2024-02-15');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-03-31', 1)).toBe('2023-04-30');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(() => addMonths('2024-01-31', 1.5)).toThrow(RangeError);
  });

  it('writes dates the French way, and instants on the Paris wall clock', () => {
    expect(frenchDate('2024-06-07')).toBe('07/06/2024');
    expect(parisDateTime(new Date('2024-06-10T07:00:00Z'))).toBe('2024-06-10 09:00');
    expect(parisDateTime(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01 00:30');
  });

  it('gives the day of the week without a time zone', () => {
    expect(dayOfWeek('2023-04-30')).toBe(0);
    expect(dayOfWeek('2024-07-15')).toBe(1);
    expect(dayOfWeek('2024-03-30')).toBe(6);
  });

  it('finds the instant of a Paris wall-clock time, summer and winter', () => {
    expect(parisInstant('2024-01-15', 8 * 60).toISOString()).toBe('2024-01-15T07:00:00.000Z');
    expect(parisInstant('2024-07-15', 18 * 60).toISOString()).toBe('2024-07-15T16:00:00.000Z');
    expect(parisInstant('2024-07-15', 0).toISOString()).toBe('2024-07-14T22:00:00.000Z');
    expect(parisInstant('2024-12-31', 23 * 60 + 30).toISOString()).toBe('2024-12-31T22:30:00.000Z');
  });

  it('finds it on the days the clocks change', () => {
    // 31 March 2024: 02:00 CET becomes 03:00 CEST at 01:00 UTC. 27 October 2024: 03:00 CEST becomes 02:00 CET.
    expect(parisInstant('2024-03-31', 60).toISOString()).toBe('2024-03-31T00:00:00.000Z');
    expect(parisInstant('2024-03-31', 150).toISOString()).toBe('2024-03-31T01:30:00.000Z'); // skipped: 03:30 CEST
    expect(parisInstant('2024-03-31', 8 * 60).toISOString()).toBe('2024-03-31T06:00:00.000Z');
    expect(parisInstant('2024-10-27', 150).toISOString()).toBe('2024-10-27T01:30:00.000Z'); // repeated: the CET one
    expect(parisInstant('2024-10-27', 8 * 60).toISOString()).toBe('2024-10-27T07:00:00.000Z');
    expect(parisInstant('2024-10-26', 8 * 60).toISOString()).toBe('2024-10-26T06:00:00.000Z');
  });
});
