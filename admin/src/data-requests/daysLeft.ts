import type { Message } from '../i18n/message';

/** How pressing a due date is: past, within the week (reminders start 7 days before), later, or no longer running. */
export type DueUrgency = 'overdue' | 'soon' | 'later' | 'none';

/** Days left within which the DPO gets reminders (the server's are at 7 and 2 days). */
const SOON_DAYS = 7;

/**
 * The API's `daysLeft` (calendar days to the due date, 0 on the day, negative once past, null once
 * answered) in words, with its urgency for the colour.
 */
export function describeDaysLeft(daysLeft: number | null): { message: Message; urgency: DueUrgency } {
  const key = 'resources.dataSubjectRequests.daysLeft';
  if (daysLeft === null) return { message: [`${key}.answered`], urgency: 'none' };
  if (daysLeft < 0) return { message: [`${key}.overdue`, { smart_count: -daysLeft }], urgency: 'overdue' };
  if (daysLeft === 0) return { message: [`${key}.today`], urgency: 'soon' };
  return { message: [`${key}.left`, { smart_count: daysLeft }], urgency: daysLeft <= SOON_DAYS ? 'soon' : 'later' };
}
