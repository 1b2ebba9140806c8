/**
 * The life of a convention: drafted by the académie, sent to the commune, authorised by a council
 * deliberation, signed by both parties, expired at its end date. It may be cancelled until it is signed.
 *
 * A signed convention is a contract in force: ending it early is a termination (résiliation), with its
 * own date and reasons and obligations already incurred (the fee), not a cancellation that erases it.
 * The convention texts contain no termination clause, so SIGNED → CANCELLED is refused and termination
 * is left unmodelled until it is needed.
 *
 * Transitions are checked, never thrown: the service turns a refusal into its CONFLICT error.
 */

export const CONVENTION_STATUSES = ['DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED'] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export const CONVENTION_STATUS_LABELS: Readonly<Record<ConventionStatus, string>> = Object.freeze({
  DRAFT: 'brouillon',
  SENT: 'envoyée à la commune',
  DELIBERATED: 'délibérée',
  SIGNED: 'signée',
  EXPIRED: 'expirée',
  CANCELLED: 'annulée',
});

/**
 * SENT → SENT records a rejected deliberation: the commune said no, the convention waits, still sent, for
 * a later deliberation or a cancellation. No other status moves to itself.
 */
const TRANSITIONS: Readonly<Record<ConventionStatus, readonly ConventionStatus[]>> = Object.freeze({
  DRAFT: Object.freeze(['SENT', 'CANCELLED'] as const),
  SENT: Object.freeze(['SENT', 'DELIBERATED', 'CANCELLED'] as const),
  DELIBERATED: Object.freeze(['SIGNED', 'CANCELLED'] as const),
  SIGNED: Object.freeze(['EXPIRED'] as const),
  EXPIRED: Object.freeze([] as const),
  CANCELLED: Object.freeze([] as const),
});

export type TransitionCheck = { ok: true; to: ConventionStatus } | { ok: false; message: string };

export function isConventionStatus(value: string): value is ConventionStatus {
  return (CONVENTION_STATUSES as readonly string[]).includes(value);
}

export function allowedTransitions(status: ConventionStatus): readonly ConventionStatus[] {
  return TRANSITIONS[status];
}

export function isTerminal(status: ConventionStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

export function assertTransition(from: ConventionStatus, to: ConventionStatus): TransitionCheck {
  if (TRANSITIONS[from].includes(to)) return { ok: true, to };
  return { ok: false, message: refusal(from, to) };
}

function refusal(from: ConventionStatus, to: ConventionStatus): string {
  const now = `La convention est ${CONVENTION_STATUS_LABELS[from]}`;
  if (from === 'SIGNED' && to === 'CANCELLED') {
    return `${now} : un contrat signé ne s’annule pas, il se résilie, et la résiliation n’est pas prévue par la convention.`;
  }
  if (isTerminal(from)) return `${now} : elle ne peut plus changer de statut.`;
  const allowed = TRANSITIONS[from].filter((s) => s !== from).map((s) => CONVENTION_STATUS_LABELS[s]);
  return `${now} : elle ne peut pas passer au statut « ${CONVENTION_STATUS_LABELS[to]} » (possible : ${allowed.join(', ')}).`;
}

/** Recording the council's vote: adopted → DELIBERATED, rejected → still SENT. Only a sent convention is voted on. */
export function statusAfterDeliberation(from: ConventionStatus, adopted: boolean): TransitionCheck {
  if (from !== 'SENT') {
    return { ok: false, message: `La convention est ${CONVENTION_STATUS_LABELS[from]} : une délibération ne s’enregistre que sur une convention envoyée à la commune.` };
  }
  return assertTransition(from, adopted ? 'DELIBERATED' : 'SENT');
}

/**
 * A convention "se termine au 31 octobre 2023": it is still in force on its end date and has expired from
 * the next day. Both dates `YYYY-MM-DD`, so string order is date order.
 */
export function hasExpired(endsOn: string, today: string): boolean {
  return today > endsOn;
}
