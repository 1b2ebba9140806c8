import { describe, expect, it } from 'vitest';
import { DataSubjectRight as R } from './data-request.enums.js';
import { median, yearlyReport, type ReportRow } from './report.rules.js';

const row = (receivedOn: string, dueOn: string, rights: R[], firstAnsweredOn: string | null, answeredLate: boolean | null = null): ReportRow =>
  ({ receivedOn, dueOn, rights, firstAnsweredOn, answeredLate });

describe('yearly report', () => {
  it('takes the median of an odd and an even count', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 10, 30])).toBe(6);
  });

  it('counts per right, the median answer time, the share on time and the overdue ones', () => {
    const report = yearlyReport(2024, [
      row('2024-01-31', '2024-02-29', [R.ACCESS], '2024-02-20', false), // 20 days
      row('2024-03-31', '2024-04-30', [R.ACCESS, R.ERASURE], '2024-05-02', true), // 32 days, late
      row('2024-03-01', '2024-04-02', [R.PORTABILITY], '2024-03-11', false), // 10 days
      row('2024-11-20', '2024-12-20', [R.OBJECTION], null), // overdue on 2024-12-31
      row('2024-12-15', '2025-01-15', [R.ACCESS], null), // not due yet
    ], '2024-12-31');
    expect(report).toMatchObject({ year: 2024, received: 5, answered: 3, medianAnswerDays: 20, onTimePercent: 66.7, openOverdue: 1 });
    expect(report.perRight.find((r) => r.right === R.ACCESS)?.count).toBe(3);
    expect(report.perRight.find((r) => r.right === R.RECTIFICATION)?.count).toBe(0);
    expect(report.perRight).toHaveLength(8);
    expect(report.perMonth[2]).toEqual({ month: 3, received: 2, answeredOnTime: 1, answeredLate: 1 });
    expect(report.perMonth[11]).toEqual({ month: 12, received: 1, answeredOnTime: 0, answeredLate: 0 });
  });

  it('has no median nor share when nothing was answered', () => {
    expect(yearlyReport(2023, [], '2023-12-31')).toMatchObject({ received: 0, medianAnswerDays: null, onTimePercent: null });
  });
});
