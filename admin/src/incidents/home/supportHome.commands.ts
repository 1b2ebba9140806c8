import {
  DeleteIncidentFilterDocument,
  IncidentSummaryDocument,
  IncidentTrendsDocument,
  SaveIncidentFilterDocument,
  SavedIncidentFiltersDocument,
  UpdateIncidentFilterDocument,
} from '../../graphql/generated/graphql';
import { operation } from '../../dataProvider/resourceApi';
import { required, text, type Values } from '../../dataProvider/values';
import { incidentFilter, setCriteria } from '../incidentFilter';

/** The support home's figures, and each user's saved filters (their own queues). */
export const supportHomeCommands = {
  /** Open incidents within one's perimeter: total, unassigned, waiting, late, and per priority. */
  incidentSummary: operation(IncidentSummaryDocument, (_: void) => ({}), ({ incidentSummary }) => incidentSummary),
  /** Weekly volume and median resolution time per category, over the last `weeks` weeks. */
  incidentTrends: operation(IncidentTrendsDocument, (weeks: number) => ({ weeks }), ({ incidentTrends }) => incidentTrends),
  savedIncidentFilters: operation(SavedIncidentFiltersDocument, (_: void) => ({}), ({ savedIncidentFilters }) => savedIncidentFilters),
  /** `filterValues`: the list's current filter, saved as the API's `IncidentFilter`. */
  saveIncidentFilter: operation(
    SaveIncidentFilterDocument,
    (values: Values) => ({ name: required(text(values.name), 'name'), filter: setCriteria(incidentFilter((values.filterValues ?? {}) as Values)) }),
    ({ saveIncidentFilter }) => saveIncidentFilter,
  ),
  renameIncidentFilter: operation(
    UpdateIncidentFilterDocument,
    (values: Values) => ({ id: required(text(values.id), 'id'), name: required(text(values.name), 'name') }),
    ({ updateIncidentFilter }) => updateIncidentFilter,
  ),
  deleteIncidentFilter: operation(DeleteIncidentFilterDocument, (id: string) => ({ id }), ({ deleteIncidentFilter }) => deleteIncidentFilter),
};
