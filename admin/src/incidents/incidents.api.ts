import {
  IncidentDocument,
  IncidentQueueDocument,
  IncidentsDocument,
  ReportIncidentDocument,
  type IncidentDetailsFragment,
  type IncidentListItemFragment,
  type IncidentOrderField,
  type ReportIncidentInput,
} from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { oneOf, required, text, type Values } from '../dataProvider/values';
import { incidentFilter } from './incidentFilter';
import { INCIDENT_CATEGORIES, INCIDENT_CHANNELS, LEVELS, REPORTER_ROLES } from './incidentEnums';

/** The API's incident already has an `id`; the list gives rows, the page the whole incident. */
export type IncidentRow = IncidentListItemFragment;
export type IncidentRecord = IncidentDetailsFragment;

const SORT_FIELDS: Partial<Record<string, IncidentOrderField>> = {
  reportedAt: 'REPORTED_AT',
  priority: 'PRIORITY',
  resolveDueAt: 'RESOLVE_DUE_AT',
  remainingMinutes: 'RESOLVE_DUE_AT',
  ownDueAt: 'OWN_DUE_AT',
  updatedAt: 'UPDATED_AT',
};

/**
 * The report form's values. Its `scope` radio says which of school and commune is sent: a hidden input's
 * value must not move the incident elsewhere. Neither one: the whole platform.
 */
export const reportInput = (data: Values): ReportIncidentInput => ({
  reporterRole: required(oneOf(REPORTER_ROLES, data.reporterRole), 'reporterRole'),
  reporterName: required(text(data.reporterName), 'reporterName'),
  reporterEmail: required(text(data.reporterEmail), 'reporterEmail'),
  schoolUai: data.scope === 'SCHOOL' ? required(text(data.schoolUai), 'schoolUai') : undefined,
  communeInseeCode: data.scope === 'COMMUNE' ? required(text(data.communeInseeCode), 'communeInseeCode') : undefined,
  category: required(oneOf(INCIDENT_CATEGORIES, data.category), 'category'),
  channel: oneOf(INCIDENT_CHANNELS, data.channel),
  impact: required(oneOf(LEVELS, data.impact), 'impact'),
  urgency: required(oneOf(LEVELS, data.urgency), 'urgency'),
  title: required(text(data.title), 'title'),
  description: required(text(data.description), 'description'),
});

/** Reported through the API (`reportIncident`), read within one's perimeter; handled through commands. */
export const incidentsApi: ResourceApi<IncidentRow> = {
  getList: operation(
    IncidentsDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, incidentFilter),
    ({ incidents }) => listResult(incidents, (incident) => incident),
  ),
  getOne: operation(IncidentDocument, (id) => ({ id: String(id) }), ({ incident }) => incident),
  create: operation(ReportIncidentDocument, (data) => ({ input: reportInput(data) }), ({ reportIncident }) => reportIncident),
};

/** The support queue (its own order: resolution due instant first), a list resource of its own for the home page. */
export const incidentQueueApi: ResourceApi<IncidentRow> = {
  getList: operation(
    IncidentQueueDocument,
    ({ offset, limit, filter }: ListQuery) => ({ offset, limit, filter: incidentFilter(filter) }),
    ({ incidentQueue }) => listResult(incidentQueue, (incident) => incident),
  ),
};
