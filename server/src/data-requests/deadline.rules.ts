/**
 * Deadlines to answer a data-subject request (GDPR Art. 12(3)): one month from receipt, extendable by two
 * further months if the person is told, with reasons, within the first month.
 *
 * Periods are counted as EU law counts them (Regulation (EEC, Euratom) No 1182/71, art. 3): the day of
 * receipt does not count (3(1)); a period in months ends on the same date N months later, or on the last
 * day of that month when there is no such date (3(2)(c)); when that day is a Saturday, a Sunday or a public
 * holiday, the period ends at the end of the next working day (3(4)). The holidays are the French national
 * ones: the controller is the rectorate in Montpellier (Hérault has no local holiday). A department may be
 * passed for a controller elsewhere.
 */
import { addMonths, isIsoDate, parseIsoDate } from '../common/dates.js';
import { workingDayOnOrAfter } from '../calendar/holidays.js';

export const INITIAL_PERIOD_MONTHS = 1;
/** Three months from receipt: the one-month period plus the two further months of Art. 12(3). */
export const EXTENDED_PERIOD_MONTHS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last day (inclusive) of a period of `months` months running from `fromOn`. */
export function periodEndOn(fromOn: string, months: number, departmentCode?: string): string {
  checkDate(fromOn, 'fromOn');
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`A period of whole months (got ${months})`);
  return workingDayOnOrAfter(addMonths(fromOn, months), departmentCode);
}

/** The day by which the answer is due without an extension. */
export function initialDueOn(receivedOn: string, departmentCode?: string): string {
  return periodEndOn(receivedOn, INITIAL_PERIOD_MONTHS, departmentCode);
}

/**
 * The day by which the answer is due once extended. Counted from receipt, not from the initial due date:
 * received 31 March 2023, the initial period ends 2 May (rolled over 30 April and 1 May), and the extended
 * one 30 June, not 2 July.
 */
export function extendedDueOn(receivedOn: string, departmentCode?: string): string {
  return periodEndOn(receivedOn, EXTENDED_PERIOD_MONTHS, departmentCode);
}

/**
 * Whether an extension notified on `notifiedOn` is valid: the person must be told within the first month,
 * that is on or before the initial due date as rolled forward to a working day.
 */
export function canExtend(receivedOn: string, notifiedOn: string, departmentCode?: string): boolean {
  checkDate(receivedOn, 'receivedOn');
  checkDate(notifiedOn, 'notifiedOn');
  // Telling the person of an extension before the request arrived is a data error, not an early notice.
  if (notifiedOn < receivedOn) {
    throw new RangeError(`Extension notified on ${notifiedOn}, before the request was received on ${receivedOn}`);
  }
  // ISO dates compare as strings.
  return notifiedOn <= initialDueOn(receivedOn, departmentCode);
}

/**
 * Calendar days from `today` to `dueOn`: 0 on the due day itself (the period ends at the end of that
 * day, so the answer is still in time), negative once overdue.
 */
export function daysLeft(dueOn: string, today: string): number {
  checkDate(dueOn, 'dueOn');
  checkDate(today, 'today');
  // Both are UTC midnights: the difference is a whole number of days, with no daylight-saving hour.
  return Math.round((parseIsoDate(dueOn).getTime() - parseIsoDate(today).getTime()) / DAY_MS);
}

function checkDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} is not a YYYY-MM-DD date: "${value}"`);
}
