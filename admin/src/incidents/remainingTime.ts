import type { TranslateFunction } from 'react-admin';
import type { IncidentRow } from './incidents.api';

/**
 * A business day: Monday to Friday, 08:00–18:00 (docs/decisions/0010-incidents.md), so 10 hours. Due
 * instants are counted in these hours: « 1 jour ouvré » is what a P5 gets for taking in hand, not 24 h.
 */
export const BUSINESS_DAY_MINUTES = 10 * 60;

/**
 * Business minutes in words, by their two largest units: « 2 jours ouvrés 3 h », « 3 h 20 min »,
 * « 45 min », « moins d’une minute ». A due instant is a matter of hours: seconds and a third unit
 * would only add noise.
 */
export function businessDuration(totalMinutes: number, translate: TranslateFunction): string {
  const minutesLeft = Math.abs(Math.round(totalMinutes));
  const days = Math.floor(minutesLeft / BUSINESS_DAY_MINUTES);
  const hours = Math.floor((minutesLeft % BUSINESS_DAY_MINUTES) / 60);
  const minutes = minutesLeft % 60;
  const unit = (name: string, count: number) => translate(`resources.incidents.duration.${name}`, { smart_count: count });
  if (days) return [unit('days', days), hours ? unit('hours', hours) : ''].join(' ').trim();
  if (hours) return [unit('hours', hours), minutes ? unit('minutes', minutes) : ''].join(' ').trim();
  return minutes ? unit('minutes', minutes) : translate('resources.incidents.duration.lessThanAMinute');
}

/**
 * The time left to resolve an incident, in words: « Reste 3 h 20 min », « En retard de 1 jour ouvré 2 h »;
 * while it waits (the clock is stopped) it says so, the figure being frozen. Nothing once resolved (the
 * API gives no figure then).
 */
export function describeRemaining(incident: Pick<IncidentRow, 'remainingMinutes' | 'clockStoppedAt'>, translate: TranslateFunction): string | null {
  const { remainingMinutes, clockStoppedAt } = incident;
  if (remainingMinutes === null) return null;
  const late = remainingMinutes < 0;
  const key = `resources.incidents.remaining.${clockStoppedAt ? 'waiting' : 'running'}.${late ? 'late' : 'left'}`;
  return translate(key, { duration: businessDuration(remainingMinutes, translate) });
}
