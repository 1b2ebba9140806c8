import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, test } from 'vitest';
import french from '../i18n/fr';
import { businessDuration, describeRemaining } from './remainingTime';

const { translate } = polyglotI18nProvider(() => french, 'fr');
const running = (remainingMinutes: number | null) => describeRemaining({ remainingMinutes, clockStoppedAt: null }, translate);
const waiting = (remainingMinutes: number) => describeRemaining({ remainingMinutes, clockStoppedAt: '2024-06-10T08:00:00.000Z' }, translate);

describe('business time in words', () => {
  test.each([
    [0, 'moins d’une minute'],
    [1, '1 min'],
    [45, '45 min'],
    [60, '1 h'],
    [200, '3 h 20 min'],
    [599, '9 h 59 min'],
    // A business day is 10 hours (08:00–18:00): a P5's 80 hours to resolve are 8 of them.
    [600, '1 jour ouvré'],
    [4800, '8 jours ouvrés'],
    // Two units at most: the minutes of a 2-day delay are noise.
    [2 * 600 + 3 * 60 + 17, '2 jours ouvrés 3 h'],
    [-75, '1 h 15 min'],
  ])('%i business minutes: %s', (minutes, words) => {
    expect(businessDuration(minutes, translate)).toBe(words);
  });
});

describe('the time left to resolve an incident', () => {
  test('while the clock runs: what is left, or how late it is', () => {
    expect(running(200)).toBe('Reste 3 h 20 min');
    expect(running(0)).toBe('Reste moins d’une minute');
    expect(running(-600 - 120)).toBe('En retard de 1 jour ouvré 2 h');
  });

  test('while the incident waits, the figure is frozen and the wait is said', () => {
    expect(waiting(90)).toBe('En attente : reste 1 h 30 min');
    expect(waiting(-30)).toBe('En attente : en retard de 30 min');
  });

  test('nothing once resolved (the API gives no figure)', () => {
    expect(running(null)).toBeNull();
  });
});
