import { Projection } from '../common/projection.js';
import { Selection } from '../common/selection.js';
import { toInstant } from '../common/sql.js';
import { agentColumns, agentView, type Agent } from '../auth/agent.js';
import { SCHOOL_PROJECTION, schoolView, type SchoolView } from '../schools/school.views.js';
import { COMMUNE_PROJECTION, communeView, type CommuneView } from '../territory/territory.views.js';
import type { IncidentCategory, IncidentChannel, IncidentStatus, Level, Priority, ReporterRole } from './incident.enums.js';

/** Read model of an incident, with its school, commune and assignee when the query joined them. */
export interface IncidentView {
  id: number;
  reference: string;
  reporterRole: ReporterRole;
  reporterName: string;
  reporterEmail: string;
  schoolUai: string | null;
  communeInseeCode: string | null;
  departmentCode: string | null;
  category: IncidentCategory;
  channel: IncidentChannel;
  title: string;
  description: string;
  impact: Level;
  urgency: Level;
  priority: Priority;
  priorityOverrideReason: string | null;
  status: IncidentStatus;
  assigneeId: number | null;
  reportedAt: Date;
  ownedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  ownDueAt: Date;
  resolveDueAt: Date;
  clockStoppedAt: Date | null;
  resolutionMinutes: number | null;
  resolution: string | null;
  vendorReference: string | null;
  escalatedAt: Date | null;
  vendorAnswer: string | null;
  vendorAnsweredAt: Date | null;
  parentId: number | null;
  dpoAlertedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  school?: SchoolView | null;
  commune?: CommuneView | null;
  assignee?: Agent | null;
}

/** The incident's fields and columns. Core: the keys its relations and loaders are resolved from. */
export const INCIDENT_PROJECTION = new Projection({
  id: 'id', reference: 'reference', reporterRole: 'reporter_role', reporterName: 'reporter_name', reporterEmail: 'reporter_email', schoolUai: 'school_uai',
  communeInseeCode: 'commune_insee_code', departmentCode: 'department_code', category: 'category', channel: 'channel', title: 'title',
  description: 'description', impact: 'impact', urgency: 'urgency', priority: 'priority', priorityOverrideReason: 'priority_override_reason',
  status: 'status', assigneeId: 'assignee_id', reportedAt: 'reported_at', ownedAt: 'owned_at', resolvedAt: 'resolved_at', closedAt: 'closed_at',
  ownDueAt: 'own_due_at', resolveDueAt: 'resolve_due_at', clockStoppedAt: 'clock_stopped_at', resolutionMinutes: 'resolution_minutes',
  resolution: 'resolution', vendorReference: 'vendor_reference', escalatedAt: 'escalated_at', vendorAnswer: 'vendor_answer',
  vendorAnsweredAt: 'vendor_answered_at', parentId: 'parent_id', dpoAlertedAt: 'dpo_alerted_at', createdAt: 'created_at', updatedAt: 'updated_at',
}, ['id', 'schoolUai', 'communeInseeCode', 'assigneeId', 'parentId'], {
  // The fields resolved in code (incident.resolver.ts) and what they compute from.
  ownBreached: ['ownDueAt', 'ownedAt'],
  resolveBreached: ['resolveDueAt', 'clockStoppedAt'],
  breached: ['ownDueAt', 'ownedAt', 'resolveDueAt', 'clockStoppedAt'],
  remainingMinutes: ['status', 'resolveDueAt', 'clockStoppedAt', 'departmentCode'],
  autoCloseOn: ['status', 'resolvedAt'],
});

/** What a read of incidents selects and joins: the fields asked for, and the relations, in one statement. */
export interface IncidentRead {
  fields: Selection;
  joins: IncidentJoins;
}

/** Which relations to join in the same statement. */
export interface IncidentJoins {
  school: boolean;
  commune: boolean;
  assignee: boolean;
}

/** Everything, for internal readers (exports, loaders, checks before a change). */
export const FULL_READ: IncidentRead = { fields: Selection.all(), joins: { school: true, commune: true, assignee: true } };
export const BARE_READ: IncidentRead = { fields: Selection.all(), joins: { school: false, commune: false, assignee: false } };

/** The read a GraphQL selection of an incident asks for. */
export const incidentReadFor = (selection: Selection): IncidentRead => ({
  fields: selection,
  joins: { school: selection.has('school'), commune: selection.has('commune'), assignee: selection.has('assignee') },
});

const SCHOOL = 'school$';
const COMMUNE = 'commune$';
const ASSIGNEE = 'assignee$';

/** The incident's columns (alias `i`) and those of the relations joined: `sc`, `cm`, `au` (left joins: an incident may have none). */
export const incidentReadColumns = ({ fields, joins }: IncidentRead) => [
  ...INCIDENT_PROJECTION.columns('i', fields),
  ...(joins.school ? SCHOOL_PROJECTION.columns('sc', fields.child('school'), SCHOOL) : []),
  ...(joins.commune ? COMMUNE_PROJECTION.columns('cm', fields.child('commune'), COMMUNE) : []),
  ...(joins.assignee ? agentColumns('au', ASSIGNEE) : []),
];

/** An incident from a row; the fields its read left out are undefined (instants: null). */
export function incidentView(row: Record<string, unknown>, { joins }: IncidentRead): IncidentView {
  const view: IncidentView = {
    id: row.id as number,
    reference: row.reference as string,
    reporterRole: row.reporterRole as ReporterRole,
    reporterName: row.reporterName as string,
    reporterEmail: row.reporterEmail as string,
    schoolUai: row.schoolUai as string | null,
    communeInseeCode: row.communeInseeCode as string | null,
    departmentCode: row.departmentCode as string | null,
    category: row.category as IncidentCategory,
    channel: row.channel as IncidentChannel,
    title: row.title as string,
    description: row.description as string,
    impact: row.impact as Level,
    urgency: row.urgency as Level,
    priority: row.priority as Priority,
    priorityOverrideReason: row.priorityOverrideReason as string | null,
    status: row.status as IncidentStatus,
    assigneeId: row.assigneeId as number | null,
    reportedAt: toInstant(row.reportedAt)!,
    ownedAt: toInstant(row.ownedAt),
    resolvedAt: toInstant(row.resolvedAt),
    closedAt: toInstant(row.closedAt),
    ownDueAt: toInstant(row.ownDueAt)!,
    resolveDueAt: toInstant(row.resolveDueAt)!,
    clockStoppedAt: toInstant(row.clockStoppedAt),
    resolutionMinutes: row.resolutionMinutes as number | null,
    resolution: row.resolution as string | null,
    vendorReference: row.vendorReference as string | null,
    escalatedAt: toInstant(row.escalatedAt),
    vendorAnswer: row.vendorAnswer as string | null,
    vendorAnsweredAt: toInstant(row.vendorAnsweredAt),
    parentId: row.parentId as number | null,
    dpoAlertedAt: toInstant(row.dpoAlertedAt),
    createdAt: toInstant(row.createdAt)!,
    updatedAt: toInstant(row.updatedAt)!,
  };
  if (joins.school) view.school = row.schoolUai === null ? null : schoolView(row, { commune: false, circonscription: false }, SCHOOL);
  if (joins.commune) view.commune = row.communeInseeCode === null ? null : communeView(row, COMMUNE);
  if (joins.assignee) view.assignee = row.assigneeId === null ? null : agentView(row, ASSIGNEE);
  return view;
}
