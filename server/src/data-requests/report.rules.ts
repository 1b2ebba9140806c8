import { daysLeft } from './deadline.rules.js';
import { DataSubjectRight } from './data-request.enums.js';

/** What the yearly report needs of each request received that year. */
export interface ReportRow {
  receivedOn: string;
  dueOn: string;
  rights: DataSubjectRight[];
  /** The first answer: the one the deadline is judged on. */
  firstAnsweredOn: string | null;
  answeredLate: boolean | null;
}

export interface MonthFigures {
  month: number;
  received: number;
  answeredOnTime: number;
  answeredLate: number;
}

export interface YearlyReport {
  year: number;
  received: number;
  perRight: Array<{ right: DataSubjectRight; count: number }>;
  answered: number;
  /** Calendar days from receipt to the first answer; null when nothing was answered. */
  medianAnswerDays: number | null;
  /** Share of answered requests answered in time, in percent with one decimal. */
  onTimePercent: number | null;
  /** Not answered yet, and past their due date on `today`. */
  openOverdue: number;
  perMonth: MonthFigures[];
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The yearly report of the requests received in `year`, as the DPO presents it to the controller. */
export function yearlyReport(year: number, rows: readonly ReportRow[], today: string): YearlyReport {
  const answered = rows.filter((row) => row.firstAnsweredOn !== null);
  const onTime = answered.filter((row) => !row.answeredLate).length;
  const perMonth: MonthFigures[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, received: 0, answeredOnTime: 0, answeredLate: 0 }));
  for (const row of rows) {
    const month = perMonth[Number(row.receivedOn.slice(5, 7)) - 1]!;
    month.received += 1;
    if (row.firstAnsweredOn !== null) month[row.answeredLate ? 'answeredLate' : 'answeredOnTime'] += 1;
  }
  return {
    year,
    received: rows.length,
    perRight: Object.values(DataSubjectRight).map((right) => ({ right, count: rows.filter((row) => row.rights.includes(right)).length })),
    answered: answered.length,
    medianAnswerDays: median(answered.map((row) => daysLeft(row.firstAnsweredOn!, row.receivedOn))),
    onTimePercent: answered.length ? Math.round((onTime / answered.length) * 1000) / 10 : null,
    openOverdue: rows.filter((row) => row.firstAnsweredOn === null && row.dueOn < today).length,
    perMonth,
  };
}
