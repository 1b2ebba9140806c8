import type { IncidentFilter, SavedIncidentFilterDetailsFragment } from '../graphql/generated/graphql';
import { flag, someOf, text, type Values } from '../dataProvider/values';
import { INCIDENT_CATEGORIES, INCIDENT_STATUSES, PRIORITIES } from './incidentEnums';

/**
 * The list's filter values (react-admin's `filterValues`, named as the API's filter) as an `IncidentFilter`:
 * what the list, the queue, the CSV export and the saved filters send. Empty choices are left out.
 */
export const incidentFilter = (values: Values): IncidentFilter => ({
  q: text(values.q),
  status: someOf(INCIDENT_STATUSES, values.status),
  priority: someOf(PRIORITIES, values.priority),
  category: someOf(INCIDENT_CATEGORIES, values.category),
  departmentCode: text(values.departmentCode),
  schoolUai: text(values.schoolUai),
  communeInseeCode: text(values.communeInseeCode),
  breached: flag(values.breached),
  assigneeId: text(values.assigneeId),
  unassigned: flag(values.unassigned),
  parentId: text(values.parentId),
  reportedFrom: text(values.reportedFrom),
  reportedTo: text(values.reportedTo),
});

/** Only the criteria set, for a URL or a saved filter (JSON without `undefined` noise). */
export const setCriteria = (filter: IncidentFilter): IncidentFilter =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== null)) as IncidentFilter;

/** A saved filter back as the list's filter values (the API answers every criterion, null when unset). */
export const filterValuesOf = (saved: SavedIncidentFilterDetailsFragment): Values => ({ ...setCriteria(saved.filter) });

/** The CSV export of the incidents under a filter (GET, with the session cookie). */
export const incidentsCsvUrl = (values: Values): string =>
  `/exports/incidents.csv?filter=${encodeURIComponent(JSON.stringify(setCriteria(incidentFilter(values))))}`;
