import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { IncidentCsvButton } from './IncidentCsvButton';

/** Filters, the CSV export of what they select, and the report form (for those who may report). */
export const IncidentListActions = () => (
  <TopToolbar>
    <FilterButton />
    <IncidentCsvButton />
    <CreateButton resource="incidents" label="resources.incidents.report.action" />
  </TopToolbar>
);
