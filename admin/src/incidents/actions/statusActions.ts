import type { IncidentStatus } from '../../graphql/generated/graphql';
import { NEXT_STATUSES } from '../nextStatuses';

/** A status change as the agent thinks of it: the same IN_PROGRESS starts, resumes or reopens. */
export type StatusAction = 'start' | 'resume' | 'reopen' | 'wait' | 'resolve' | 'close';

function actionOf(from: IncidentStatus, to: IncidentStatus): StatusAction {
  if (to === 'PENDING') return 'wait';
  if (to === 'RESOLVED') return 'resolve';
  if (to === 'CLOSED') return 'close';
  if (from === 'PENDING') return 'resume';
  return from === 'RESOLVED' ? 'reopen' : 'start';
}

/**
 * The actions the page offers from a status. Those that need words ask for them: the resolution message
 * is mailed to the reporter; why it waits or is reopened becomes an internal comment for the team.
 */
export const statusActionsFrom = (status: IncidentStatus): Array<{ action: StatusAction; to: IncidentStatus; asksReason: boolean }> =>
  NEXT_STATUSES[status].map((to) => {
    const action = actionOf(status, to);
    return { action, to, asksReason: action === 'resolve' || action === 'wait' || action === 'reopen' };
  });
