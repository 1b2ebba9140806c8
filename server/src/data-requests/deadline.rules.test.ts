import { describe, expect, it } from 'vitest';
import { canExtend, daysLeft, extendedDueOn, initialDueOn, periodEndOn } from './deadline.rules.js';

describe('initial due date (one month, Regulation 1182/71 art. 3)', () => {
  it('ends on the same date of the next month', () => {
    expect(initialDueOn('2024-01-15')).toBe('2024-02-15'); // Thursday
    expect(initialDueOn('2022-10-28')).toBe('2022-11-28'); // Monday
  });

  it('ends on the last day of a shorter month, in leap and common years', () => {
    expect(initialDueOn('2024-01-31')).toBe('2024-02-29'); // leap year, Thursday
    expect(initialDueOn('2024-01-29')).toBe('2024-02-29');
    expect(initialDueOn('2023-01-31')).toBe('2023-02-28'); // Tuesday
    expect(initialDueOn('2023-01-29')).toBe('2023-02-28'); // 29 Feb 2023 does not exist
    expect(initialDueOn('2023-01-28')).toBe('2023-02-28');
  });

  it('rolls over a Sunday and then 1 May (the DOMAIN example)', () => {
    expect(initialDueOn('2023-03-31')).toBe('2023-05-02');
  });

  it('rolls over a weekend', () => {
    expect(initialDueOn('2024-02-10')).toBe('2024-03-11'); // 10 March 2024 is a Sunday
    expect(initialDueOn('2024-02-09')).toBe('2024-03-11'); // 9 March 2024 is a Saturday
  });

  it('rolls over Easter Monday, Ascension and 8 May', () => {
    expect(initialDueOn('2024-03-01')).toBe('2024-04-02'); // 1 April 2024, Easter Monday
    expect(initialDueOn('2024-04-09')).toBe('2024-05-10'); // 9 May 2024, Ascension
    expect(initialDueOn('2023-04-08')).toBe('2023-05-09'); // 8 May 2023, a Monday
  });

  it('rolls over 14 July', () => {
    expect(initialDueOn('2024-06-14')).toBe('2024-07-15'); // Sunday 14 July, Monday 15 is worked
    expect(initialDueOn('2023-06-14')).toBe('2023-07-17'); // Friday 14 July, then the weekend
  });

  it('uses the national holidays unless a department is given', () => {
    // 25 December 2022 is a Sunday; 26 December is worked, except in Alsace-Moselle.
    expect(initialDueOn('2022-11-25')).toBe('2022-12-26');
    expect(initialDueOn('2022-11-25', '34')).toBe('2022-12-26');
    expect(initialDueOn('2022-11-25', '57')).toBe('2022-12-27');
    // 27 May 2024 is a Monday, the abolition of slavery day in Guadeloupe.
    expect(initialDueOn('2024-04-27')).toBe('2024-05-27');
    expect(initialDueOn('2024-04-27', '971')).toBe('2024-05-28');
  });

  it('crosses the end of the year', () => {
    expect(initialDueOn('2023-12-01')).toBe('2024-01-02'); // 1 January 2024, a Monday
    expect(initialDueOn('2024-12-31')).toBe('2025-01-31');
  });
});

describe('extended due date (three months from receipt)', () => {
  it('counts from receipt, not from the initial due date', () => {
    expect(extendedDueOn('2024-01-31')).toBe('2024-04-30');
    expect(extendedDueOn('2023-03-31')).toBe('2023-06-30'); // not 2 May + 2 months
  });

  it('follows the same end-of-month and holiday rules', () => {
    expect(extendedDueOn('2023-11-30')).toBe('2024-02-29');
    expect(extendedDueOn('2022-11-30')).toBe('2023-02-28');
    expect(extendedDueOn('2024-02-14')).toBe('2024-05-14');
    expect(extendedDueOn('2023-04-14')).toBe('2023-07-17'); // Friday 14 July
    expect(extendedDueOn('2024-02-20')).toBe('2024-05-21'); // Whit Monday 20 May 2024
  });
});

describe('a period of any length', () => {
  it('refuses what is not a whole number of months or a date', () => {
    expect(() => periodEndOn('2024-01-31', 0)).toThrow(RangeError);
    expect(() => periodEndOn('2024-01-31', 1.5)).toThrow(RangeError);
    expect(() => initialDueOn('31/01/2024')).toThrow(RangeError);
    expect(() => initialDueOn('2023-02-29')).toThrow(RangeError);
  });
});

describe('extension notice', () => {
  it('is in time up to the initial due date as rolled forward', () => {
    expect(canExtend('2023-03-31', '2023-03-31')).toBe(true); // the day of receipt
    expect(canExtend('2023-03-31', '2023-04-30')).toBe(true); // the unrolled date
    expect(canExtend('2023-03-31', '2023-05-02')).toBe(true); // the rolled-forward due date
  });

  it('is refused the day after', () => {
    expect(canExtend('2023-03-31', '2023-05-03')).toBe(false);
    expect(canExtend('2024-01-31', '2024-02-29')).toBe(true);
    expect(canExtend('2024-01-31', '2024-03-01')).toBe(false);
    expect(canExtend('2023-06-14', '2023-07-17')).toBe(true);
    expect(canExtend('2023-06-14', '2023-07-18')).toBe(false);
  });

  it('counts the department’s holidays when one is given', () => {
    expect(canExtend('2022-11-25', '2022-12-27')).toBe(false);
    expect(canExtend('2022-11-25', '2022-12-27', '67')).toBe(true);
  });

  it('refuses a notice dated before receipt as a data error', () => {
    expect(() => canExtend('2023-03-31', '2023-03-30')).toThrow(RangeError);
  });
});

describe('days left', () => {
  it('counts calendar days, zero on the due day, negative once overdue', () => {
    expect(daysLeft('2023-05-02', '2023-04-30')).toBe(2);
    expect(daysLeft('2023-05-02', '2023-05-02')).toBe(0);
    expect(daysLeft('2023-05-02', '2023-05-03')).toBe(-1);
    expect(daysLeft('2024-03-01', '2024-02-28')).toBe(2); // 29 February
    expect(daysLeft('2023-03-01', '2023-02-28')).toBe(1);
  });

  it('ignores daylight saving: whole days across the last Sunday of March and October', () => {
    expect(daysLeft('2024-04-01', '2024-03-30')).toBe(2);
    expect(daysLeft('2024-10-28', '2024-10-26')).toBe(2);
    expect(daysLeft('2025-01-31', '2024-12-31')).toBe(31);
  });

  it('combines with the due dates', () => {
    expect(daysLeft(initialDueOn('2024-01-31'), '2024-01-31')).toBe(29);
    expect(daysLeft(extendedDueOn('2024-01-31'), '2024-05-02')).toBe(-2);
  });
});
