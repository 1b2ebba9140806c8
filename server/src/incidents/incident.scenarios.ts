import { graphql } from '../test-support/generated/index.js';
import type { ReportIncidentInput } from '../test-support/generated/graphql.js';
import type { TestClient } from '../test-support/test-server.js';
import { AGNES_GELLY } from '../schools/school.scenarios.js';

/** Typed documents and fixtures shared by the incident tests. */
export const IncidentFields = graphql(`
  fragment IncidentFields on Incident {
    id reference priority status impact urgency category scope departmentCode
    reportedAt ownedAt resolvedAt closedAt ownDueAt resolveDueAt clockStoppedAt
    ownBreached resolveBreached breached remainingMinutes autoCloseOn resolution resolutionMinutes
    priorityOverrideReason vendorReference escalatedAt vendorAnswer dpoAlertedAt
    assignee { id displayName }
  }
`);

export const ReportIncident = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { ...IncidentFields } }
`);

export const AssignIncident = graphql(`
  mutation AssignIncident($id: ID!, $assigneeId: ID!) { assignIncident(id: $id, assigneeId: $assigneeId) { ...IncidentFields } }
`);

export const ChangeIncidentStatus = graphql(`
  mutation ChangeIncidentStatus($id: ID!, $status: IncidentStatus!, $reason: String) {
    changeIncidentStatus(id: $id, status: $status, reason: $reason) { ...IncidentFields }
  }
`);

export const CommentIncident = graphql(`
  mutation CommentIncident($id: ID!, $body: String!, $internal: Boolean) {
    commentIncident(id: $id, body: $body, internal: $internal) { id comments { body internal author { displayName } } }
  }
`);

export const OneIncident = graphql(`
  query OneIncident($id: ID!) {
    incident(id: $id) {
      ...IncidentFields
      school { uai name } commune { inseeCode name }
      comments { body internal }
      parent { reference } children { reference status }
      attachments { id name contentType }
    }
  }
`);

export const IncidentList = graphql(`
  query IncidentList($filter: IncidentFilter, $orderBy: [IncidentOrder!], $offset: Int, $limit: Int) {
    incidents(filter: $filter, orderBy: $orderBy, offset: $offset, limit: $limit) { totalCount nodes { id reference status priority breached } }
  }
`);

export const LinkIncidents = graphql(`
  mutation LinkIncidents($parentId: ID!, $childIds: [ID!]!) { linkIncidents(parentId: $parentId, childIds: $childIds) { id children { reference } } }
`);

export const ResolveMajorIncident = graphql(`
  mutation ResolveMajorIncident($id: ID!, $message: String!) {
    resolveMajorIncident(id: $id, message: $message) { status resolution children { reference status } }
  }
`);

/** A director of Agnès Gelly calls about messaging: a P3 by default. */
export function report(overrides: Partial<ReportIncidentInput> = {}): ReportIncidentInput {
  return {
    reporterRole: 'SCHOOL_DIRECTOR', reporterName: 'Claire Directrice', reporterEmail: 'ce.0340711n@ac-montpellier.fr', schoolUai: AGNES_GELLY,
    category: 'MESSAGING', impact: 'MEDIUM', urgency: 'MEDIUM', title: 'Messagerie indisponible', description: 'Les enseignants ne reçoivent plus de messages depuis ce matin.',
    channel: 'PHONE', ...overrides,
  };
}

export type IncidentStatusName = 'NEW' | 'ASSIGNED' | 'IN_PROGRESS' | 'PENDING' | 'RESOLVED' | 'CLOSED';

/** The shortest allowed path to each status, from a fresh report. */
const PATHS: Record<IncidentStatusName, IncidentStatusName[]> = {
  NEW: [],
  ASSIGNED: ['ASSIGNED'],
  IN_PROGRESS: ['ASSIGNED', 'IN_PROGRESS'],
  PENDING: ['ASSIGNED', 'IN_PROGRESS', 'PENDING'],
  RESOLVED: ['ASSIGNED', 'RESOLVED'],
  CLOSED: ['ASSIGNED', 'RESOLVED', 'CLOSED'],
};

/** Reports an incident and drives it to `status` as a support agent; returns its id. */
export async function incidentIn(support: TestClient & { userId: number }, status: IncidentStatusName, input: Partial<ReportIncidentInput> = {}): Promise<string> {
  const reported = await support.gql(ReportIncident, { input: report(input) });
  if (reported.errors) throw new Error(JSON.stringify(reported.errors));
  const id = reported.data!.reportIncident.id;
  for (const step of PATHS[status]) {
    const moved = step === 'ASSIGNED'
      ? await support.gql(AssignIncident, { id, assigneeId: String(support.userId) })
      : await support.gql(ChangeIncidentStatus, { id, status: step });
    if (moved.errors) throw new Error(JSON.stringify(moved.errors));
  }
  return id;
}
