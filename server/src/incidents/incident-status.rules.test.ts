import { describe, expect, it } from 'vitest';
import { allowedTransitions, checkTransition, INCIDENT_STATUSES, isOpen, OPEN_STATUSES, stopsClock, type IncidentStatus } from './incident-status.rules.js';

/** The whole table, written out: `from → to` allowed through changeIncidentStatus. */
const BY_STATUS_CHANGE: Record<IncidentStatus, IncidentStatus[]> = {
  NEW: ['RESOLVED'],
  ASSIGNED: ['IN_PROGRESS', 'RESOLVED'],
  IN_PROGRESS: ['PENDING', 'RESOLVED'],
  PENDING: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'],
  CLOSED: [],
};

describe('incident status machine', () => {
  it('allows exactly the listed status changes, for each of the 36 pairs', () => {
    for (const from of INCIDENT_STATUSES) {
      for (const to of INCIDENT_STATUSES) {
        expect({ from, to, ok: checkTransition(from, to, 'status').ok }).toEqual({ from, to, ok: BY_STATUS_CHANGE[from].includes(to) });
      }
      expect(allowedTransitions(from, 'status')).toEqual(BY_STATUS_CHANGE[from]);
    }
  });

  it('reaches ASSIGNED only by an assignment, and only from NEW', () => {
    expect(allowedTransitions('NEW', 'assign')).toEqual(['ASSIGNED']);
    for (const from of INCIDENT_STATUSES.filter((s) => s !== 'NEW')) expect(allowedTransitions(from, 'assign')).toEqual([]);
    const bare = checkTransition('NEW', 'ASSIGNED', 'status');
    expect(!bare.ok && bare.message).toBe('Un incident devient « attribué » en l’attribuant à quelqu’un.');
  });

  it('lets the closing job close resolved incidents only', () => {
    for (const from of INCIDENT_STATUSES) expect(allowedTransitions(from, 'auto')).toEqual(from === 'RESOLVED' ? ['CLOSED'] : []);
  });

  it('explains a refusal in French, with the possible next statuses', () => {
    const skip = checkTransition('ASSIGNED', 'PENDING', 'status');
    expect(!skip.ok && skip.message).toBe('L’incident est attribué : il ne peut pas passer au statut « en attente » (possible : en cours, résolu).');
    const closed = checkTransition('CLOSED', 'IN_PROGRESS', 'status');
    expect(!closed.ok && closed.message).toBe('L’incident est clos : il ne change plus de statut ; signalez un nouvel incident en citant sa référence.');
  });

  it('knows the open statuses and those that stop the resolution clock', () => {
    expect(INCIDENT_STATUSES.filter(isOpen)).toEqual(OPEN_STATUSES);
    expect(INCIDENT_STATUSES.filter(stopsClock)).toEqual(['PENDING', 'RESOLVED', 'CLOSED']);
  });
});
