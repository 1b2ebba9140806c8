import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  assertTransition,
  CONVENTION_STATUSES,
  hasExpired,
  isConventionStatus,
  isTerminal,
  statusAfterDeliberation,
  type ConventionStatus,
} from './convention-status.rules.js';

describe('convention status machine', () => {
  it('follows the life of the Saint-Mathieu-de-Tréviers convention: drafted, sent, deliberated, signed, expired', () => {
    const path: ConventionStatus[] = ['DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED'];
    for (let i = 1; i < path.length; i++) expect(assertTransition(path[i - 1]!, path[i]!)).toEqual({ ok: true, to: path[i] });
  });

  it('lists the allowed transitions of every status', () => {
    expect(allowedTransitions('DRAFT')).toEqual(['SENT', 'CANCELLED']);
    expect(allowedTransitions('SENT')).toEqual(['SENT', 'DELIBERATED', 'CANCELLED']);
    expect(allowedTransitions('DELIBERATED')).toEqual(['SIGNED', 'CANCELLED']);
    expect(allowedTransitions('SIGNED')).toEqual(['EXPIRED']);
    expect(allowedTransitions('EXPIRED')).toEqual([]);
    expect(allowedTransitions('CANCELLED')).toEqual([]);
  });

  it('agrees with itself: assertTransition accepts exactly the listed transitions', () => {
    for (const from of CONVENTION_STATUSES) {
      for (const to of CONVENTION_STATUSES) {
        expect(assertTransition(from, to).ok).toBe(allowedTransitions(from).includes(to));
      }
    }
  });

  it('cancels before signature only', () => {
    for (const from of ['DRAFT', 'SENT', 'DELIBERATED'] as const) expect(assertTransition(from, 'CANCELLED').ok).toBe(true);
    const signed = assertTransition('SIGNED', 'CANCELLED');
    expect(signed.ok).toBe(false);
    expect(!signed.ok && signed.message).toContain('un contrat signé ne s’annule pas, il se résilie');
  });

  it('refuses skipping steps, going back and leaving a final status, with a French message', () => {
    const skip = assertTransition('SENT', 'SIGNED');
    expect(!skip.ok && skip.message).toBe(
      'La convention est envoyée à la commune : elle ne peut pas passer au statut « signée » (possible : délibérée, annulée).',
    );
    expect(assertTransition('DRAFT', 'DELIBERATED').ok).toBe(false);
    expect(assertTransition('DELIBERATED', 'SENT').ok).toBe(false);
    expect(assertTransition('DRAFT', 'DRAFT').ok).toBe(false);
    const expired = assertTransition('EXPIRED', 'SIGNED');
    expect(!expired.ok && expired.message).toBe('La convention est expirée : elle ne peut plus changer de statut.');
    expect(assertTransition('CANCELLED', 'DRAFT').ok).toBe(false);
  });

  it('knows its final statuses and its status names', () => {
    expect(CONVENTION_STATUSES.filter(isTerminal)).toEqual(['EXPIRED', 'CANCELLED']);
    expect(isConventionStatus('SIGNED')).toBe(true);
    expect(isConventionStatus('signed')).toBe(false);
    expect(isConventionStatus('TERMINATED')).toBe(false);
  });
});

describe('recording a deliberation', () => {
  it('moves a sent convention to DELIBERATED when the council adopts it', () => {
    expect(statusAfterDeliberation('SENT', true)).toEqual({ ok: true, to: 'DELIBERATED' });
  });

  it('leaves it SENT when the council rejects it: a SENT → SENT event', () => {
    expect(statusAfterDeliberation('SENT', false)).toEqual({ ok: true, to: 'SENT' });
  });

  it('refuses a deliberation on a convention that is not waiting for one', () => {
    for (const from of ['DRAFT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED'] as const) {
      const result = statusAfterDeliberation(from, true);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toContain('une délibération ne s’enregistre que sur une convention envoyée');
    }
  });
});

describe('expiry', () => {
  it('keeps a convention in force on its end date and expires it the next day (31 October 2023, Montpellier 2022-2023)', () => {
    expect(hasExpired('2023-10-31', '2023-10-30')).toBe(false);
    expect(hasExpired('2023-10-31', '2023-10-31')).toBe(false);
    expect(hasExpired('2023-10-31', '2023-11-01')).toBe(true);
    expect(hasExpired('2024-09-05', '2024-09-06')).toBe(true); // Toulouse 2023-2024
  });
});
