import { describe, expect, it } from 'vitest';
import { BreachRisk } from './data-breach.enums.js';
import { hoursLeft, mustInformPeople, notificationDeadline, notificationProblem, notifiedLate } from './breach.rules.js';

const at = (iso: string) => new Date(iso);

describe('72-hour clock (GDPR Art. 33(1))', () => {
  it('counts calendar hours, over a weekend and a change to summer time', () => {
    expect(notificationDeadline(at('2024-03-29T16:30:00Z')).toISOString()).toBe('2024-04-01T16:30:00.000Z'); // Friday to Easter Monday
  });

  it('shows the hours left, negative once past, none once notified or when no risk', () => {
    const breach = { awareAt: at('2024-03-18T08:00:00Z'), risk: BreachRisk.RISK, cnilNotifiedAt: null };
    expect(hoursLeft(breach, at('2024-03-18T08:00:00Z'))).toBe(72);
    expect(hoursLeft(breach, at('2024-03-20T10:30:00Z'))).toBe(21.5);
    expect(hoursLeft(breach, at('2024-03-21T09:00:00Z'))).toBe(-1);
    expect(hoursLeft({ ...breach, cnilNotifiedAt: at('2024-03-19T08:00:00Z') }, at('2024-03-21T09:00:00Z'))).toBeNull();
    expect(hoursLeft({ ...breach, risk: BreachRisk.UNLIKELY }, at('2024-03-21T09:00:00Z'))).toBeNull();
  });

  it('is late one instant after 72 hours, not at 72 hours', () => {
    expect(notifiedLate(at('2024-03-18T08:00:00Z'), at('2024-03-21T08:00:00Z'))).toBe(false);
    expect(notifiedLate(at('2024-03-18T08:00:00Z'), at('2024-03-21T08:00:01Z'))).toBe(true);
  });

  it('asks the reasons of a late notification, and a notification dated between awareness and now', () => {
    const now = at('2024-03-25T12:00:00Z');
    expect(notificationProblem(at('2024-03-18T08:00:00Z'), at('2024-03-22T08:00:00Z'), null, now)).toMatchObject({ field: 'lateReason' });
    expect(notificationProblem(at('2024-03-18T08:00:00Z'), at('2024-03-22T08:00:00Z'), 'Analyse du prestataire', now)).toBeNull();
    expect(notificationProblem(at('2024-03-18T08:00:00Z'), at('2024-03-18T07:00:00Z'), null, now)).toMatchObject({ field: 'notifiedAt' });
    expect(notificationProblem(at('2024-03-18T08:00:00Z'), at('2024-03-26T08:00:00Z'), 'x', now)).toMatchObject({ field: 'notifiedAt' });
  });

  it('asks to tell the people of a high-risk breach (Art. 34)', () => {
    expect(mustInformPeople(BreachRisk.HIGH, null)).toBe(true);
    expect(mustInformPeople(BreachRisk.HIGH, '2024-03-20')).toBe(false);
    expect(mustInformPeople(BreachRisk.RISK, null)).toBe(false);
  });
});
