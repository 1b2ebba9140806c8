import { toInstant } from '../common/sql.js';
import { agentColumns, agentView, type Agent } from '../auth/agent.js';
import { schoolColumns, schoolView, type SchoolView } from '../schools/school.views.js';
import { communeColumns, communeView, type CommuneView } from '../territory/territory.views.js';
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

const INSTANTS = [
  'reportedAt', 'ownedAt', 'resolvedAt', 'closedAt', 'ownDueAt', 'resolveDueAt', 'clockStoppedAt', 'escalatedAt', 'vendorAnsweredAt', 'dpoAlertedAt', 'createdAt', 'updatedAt',
] as const;

/** Column → view name; the view's name is the column's in camel case. */
const COLUMNS = [
  'id', 'reference', 'reporter_role', 'reporter_name', 'reporter_email', 'school_uai', 'commune_insee_code', 'department_code', 'category', 'channel',
  'title', 'description', 'impact', 'urgency', 'priority', 'priority_override_reason', 'status', 'assignee_id', 'reported_at', 'owned_at', 'resolved_at',
  'closed_at', 'own_due_at', 'resolve_due_at', 'clock_stopped_at', 'resolution_minutes', 'resolution', 'vendor_reference', 'escalated_at',
  'vendor_answer', 'vendor_answered_at', 'parent_id', 'dpo_alerted_at', 'created_at', 'updated_at',
];

const camel = (column: string) => column.replace(/_(\w)/g, (_m, letter: string) => letter.toUpperCase());

export const incidentColumns = (i: string) => COLUMNS.map((column) => `${i}.${column} as ${camel(column)}`);

/** Which relations to join in the same statement. */
export interface IncidentJoins {
  school: boolean;
  commune: boolean;
  assignee: boolean;
}

export const NO_JOINS: IncidentJoins = { school: false, commune: false, assignee: false };

const SCHOOL = 'school$';
const COMMUNE = 'commune$';
const ASSIGNEE = 'assignee$';

/** Aliases `sc`, `cm`, `au` (left joins: an incident may have none of them). */
export const incidentRelationColumns = (joins: IncidentJoins) => [
  ...(joins.school ? schoolColumns('sc', SCHOOL) : []),
  ...(joins.commune ? communeColumns('cm', COMMUNE) : []),
  ...(joins.assignee ? agentColumns('au', ASSIGNEE) : []),
];

export function incidentView(row: Record<string, unknown>, joins: IncidentJoins): IncidentView {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!key.includes('$')) fields[key] = value;
  for (const name of INSTANTS) fields[name] = toInstant(row[name]);
  const view = fields as unknown as IncidentView;
  if (joins.school) view.school = row.schoolUai === null ? null : schoolView(row, { commune: false, circonscription: false }, SCHOOL);
  if (joins.commune) view.commune = row.communeInseeCode === null ? null : communeView(row, COMMUNE);
  if (joins.assignee) view.assignee = row.assigneeId === null ? null : agentView(row, ASSIGNEE);
  return view;
}
