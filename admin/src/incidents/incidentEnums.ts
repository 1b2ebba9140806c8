import type {
  IncidentCategory,
  IncidentChannel,
  IncidentScope,
  IncidentStatus,
  Level,
  Priority,
  ReporterRole,
} from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

/** In the order of the incident's life, and of urgency: the order of selects, badges and charts. */
export const INCIDENT_STATUSES = everyValueOf<IncidentStatus>()(['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED']);
export const OPEN_STATUSES: readonly IncidentStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING'];
export const PRIORITIES = everyValueOf<Priority>()(['P1', 'P2', 'P3', 'P4', 'P5']);
export const LEVELS = everyValueOf<Level>()(['LOW', 'MEDIUM', 'HIGH']);
export const INCIDENT_CATEGORIES = everyValueOf<IncidentCategory>()([
  'ACCOUNT_LOGIN',
  'MESSAGING',
  'DOCUMENTS',
  'PORTAL_PUBLICATION',
  'SCHOOL_LIFE',
  'OUTAGE_SLOWNESS',
  'PERSONAL_DATA',
  'OTHER',
]);
export const INCIDENT_CHANNELS = everyValueOf<IncidentChannel>()(['PHONE', 'EMAIL', 'CONSOLE', 'OTHER']);
export const INCIDENT_SCOPES = everyValueOf<IncidentScope>()(['SCHOOL', 'COMMUNE', 'PLATFORM']);
/** Parents and pupils are offered so that the server can say where they get help (their school). */
export const REPORTER_ROLES = everyValueOf<ReporterRole>()(['SCHOOL_DIRECTOR', 'TEACHER', 'CPC', 'ERUN', 'ACADEMIC_TEAM', 'PARENT', 'PUPIL']);

/** Select choices whose labels are i18n keys (`resources.incidents.statuses.NEW`…). */
const choicesOf = (values: readonly string[], group: string) => values.map((value) => ({ id: value, name: `resources.incidents.${group}.${value}` }));

export const incidentStatusChoices = choicesOf(INCIDENT_STATUSES, 'statuses');
export const priorityChoices = choicesOf(PRIORITIES, 'priorities');
// « Impact élevé » but « urgence élevée »: one list of labels each.
export const impactChoices = choicesOf(LEVELS, 'impacts');
export const urgencyChoices = choicesOf(LEVELS, 'urgencies');
export const incidentCategoryChoices = choicesOf(INCIDENT_CATEGORIES, 'categories');
export const incidentChannelChoices = choicesOf(INCIDENT_CHANNELS, 'channels');
export const incidentScopeChoices = choicesOf(INCIDENT_SCOPES, 'scopes');
export const reporterRoleChoices = choicesOf(REPORTER_ROLES, 'reporterRoles');
