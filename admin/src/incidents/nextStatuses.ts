import type { IncidentStatus } from '../graphql/generated/graphql';
import { OPEN_STATUSES } from './incidentEnums';

/**
 * The changes `changeIncidentStatus` accepts from each status, as the server's table has them
 * (server/src/incidents/incident-status.rules.ts), so that the page offers only those. ASSIGNED is reached
 * by assigning someone, never by a status change. The server still decides: a change it refuses (someone
 * acted meanwhile) comes back as a CONFLICT, whose message the page shows.
 */
export const NEXT_STATUSES: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  NEW: ['RESOLVED'],
  ASSIGNED: ['IN_PROGRESS', 'RESOLVED'],
  IN_PROGRESS: ['PENDING', 'RESOLVED'],
  PENDING: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'],
  CLOSED: [],
};

/** Still to be worked on: the queue's statuses. */
export const isOpen = (status: IncidentStatus): boolean => OPEN_STATUSES.includes(status);
