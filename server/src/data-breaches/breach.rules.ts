/**
 * The clocks of a personal-data breach. The controller notifies the CNIL "without undue delay and, where
 * feasible, not later than 72 hours after having become aware of it" (GDPR Art. 33(1)): 72 calendar hours,
 * nights and weekends included, and reasons for any delay. Where the risk is high, the people are told
 * too (Art. 34). A breach unlikely to result in a risk is only documented (Art. 33(5)).
 */
import type { InputProblem } from '../errors.js';
import { BreachRisk } from './data-breach.enums.js';

export const NOTIFICATION_HOURS = 72;
const HOUR_MS = 3_600_000;

export function notificationDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + NOTIFICATION_HOURS * HOUR_MS);
}

export function notificationRequired(risk: BreachRisk): boolean {
  return risk !== BreachRisk.UNLIKELY;
}

/** Hours left to notify, to the tenth, negative once past; null when nothing is due (not required, or done). */
export function hoursLeft(breach: { awareAt: Date; risk: BreachRisk; cnilNotifiedAt: Date | null }, now: Date): number | null {
  if (!notificationRequired(breach.risk) || breach.cnilNotifiedAt) return null;
  return Math.floor((notificationDeadline(breach.awareAt).getTime() - now.getTime()) / (HOUR_MS / 10)) / 10;
}

export function notifiedLate(awareAt: Date, notifiedAt: Date): boolean {
  return notifiedAt.getTime() > notificationDeadline(awareAt).getTime();
}

/** A notification is dated between awareness and now, and a late one states why (Art. 33(1)). */
export function notificationProblem(awareAt: Date, notifiedAt: Date, lateReason: string | null, now: Date): InputProblem | null {
  if (notifiedAt < awareAt) return { field: 'notifiedAt', message: 'La notification ne peut pas précéder la prise de connaissance de la violation.' };
  if (notifiedAt > now) return { field: 'notifiedAt', message: 'Cet instant est dans le futur.' };
  if (notifiedLate(awareAt, notifiedAt) && !lateReason?.trim()) {
    return { field: 'lateReason', message: 'Notifiée au-delà de 72 heures : indiquez les motifs du retard (RGPD, art. 33, §1).' };
  }
  return null;
}

/** High risk and the people not told yet (Art. 34(1)). */
export function mustInformPeople(risk: BreachRisk, peopleInformedOn: string | null): boolean {
  return risk === BreachRisk.HIGH && !peopleInformedOn;
}
