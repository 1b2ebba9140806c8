/**
 * The life of an incident: NEW → ASSIGNED → IN_PROGRESS ⇄ PENDING → RESOLVED → CLOSED, as data.
 *
 * - ASSIGNED is reached only by assigning someone (`assignIncident`), never by a bare status change.
 * - It may be resolved from every open status, NEW included: a question answered during the call is recorded
 *   and resolved at once (first-call resolution).
 * - RESOLVED → IN_PROGRESS is a reopening (the reporter says it still fails); RESOLVED → CLOSED is done by
 *   hand or by the closing job 7 days after resolution.
 * - CLOSED is final, as in ITIL: a problem that comes back is a new incident quoting the old reference.
 *
 * Refusals come back as values; the service turns them into CONFLICT.
 */
export const INCIDENT_STATUSES = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_STATUS_LABELS: Readonly<Record<IncidentStatus, string>> = Object.freeze({
  NEW: 'nouveau',
  ASSIGNED: 'attribué',
  IN_PROGRESS: 'en cours',
  PENDING: 'en attente',
  RESOLVED: 'résolu',
  CLOSED: 'clos',
});

/** How a status is reached: by an assignment, by `changeIncidentStatus`, or by the closing job. */
export type TransitionVia = 'assign' | 'status' | 'auto';

const TRANSITIONS: Readonly<Record<IncidentStatus, Readonly<Partial<Record<IncidentStatus, readonly TransitionVia[]>>>>> = Object.freeze({
  NEW: { ASSIGNED: ['assign'], RESOLVED: ['status'] },
  ASSIGNED: { IN_PROGRESS: ['status'], RESOLVED: ['status'] },
  IN_PROGRESS: { PENDING: ['status'], RESOLVED: ['status'] },
  PENDING: { IN_PROGRESS: ['status'], RESOLVED: ['status'] },
  RESOLVED: { IN_PROGRESS: ['status'], CLOSED: ['status', 'auto'] },
  CLOSED: {},
});

/** Statuses in which the incident still needs work: the queue. */
export const OPEN_STATUSES: readonly IncidentStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING'];

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function allowedTransitions(from: IncidentStatus, via: TransitionVia): IncidentStatus[] {
  return INCIDENT_STATUSES.filter((to) => TRANSITIONS[from][to]?.includes(via));
}

export function checkTransition(from: IncidentStatus, to: IncidentStatus, via: TransitionVia): TransitionCheck {
  if (TRANSITIONS[from][to]?.includes(via)) return { ok: true };
  const now = `L’incident est ${INCIDENT_STATUS_LABELS[from]}`;
  if (from === 'CLOSED') return { ok: false, message: `${now} : il ne change plus de statut ; signalez un nouvel incident en citant sa référence.` };
  if (to === 'ASSIGNED' && TRANSITIONS[from].ASSIGNED) return { ok: false, message: 'Un incident devient « attribué » en l’attribuant à quelqu’un.' };
  const allowed = allowedTransitions(from, 'status').map((status) => INCIDENT_STATUS_LABELS[status]);
  return { ok: false, message: `${now} : il ne peut pas passer au statut « ${INCIDENT_STATUS_LABELS[to]} » (possible : ${allowed.join(', ') || 'aucun'}).` };
}

export function isOpen(status: IncidentStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The resolution clock does not run while the incident waits (PENDING), nor once it is resolved or closed. */
export function stopsClock(status: IncidentStatus): boolean {
  return status === 'PENDING' || !isOpen(status);
}
