import { Datagrid, DateInput, List, NullableBooleanInput, SelectField, SelectInput, TextInput } from 'react-admin';
import { DateField } from '../fields/DateField';
import { ShowLinkField } from '../fields/ShowLinkField';
import type { DataSubjectRequestRow } from './data-requests.api';
import { requestStatusChoices, rightChoices } from './dataRequestEnums';
import { DaysLeftField } from './DaysLeftField';
import { PeopleField } from './PeopleField';
import { RightsField } from './RightsField';

/** Every filter runs on the server (DataSubjectRequestFilter). */
export const dataSubjectRequestFilters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <SelectInput key="status" source="status" choices={requestStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="right" source="right" choices={rightChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <NullableBooleanInput
    key="overdue"
    source="overdue"
    trueLabel="resources.dataSubjectRequests.filters.overdue"
    falseLabel="resources.dataSubjectRequests.filters.onTime"
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <DateInput key="dueBefore" source="dueBefore" alwaysOn />,
];

/**
 * An overdue request stands out: a red edge and tint (the DSFR's error colours, light or dark), besides its
 * red « En retard » badge.
 */
const overdueRow = (request: DataSubjectRequestRow) =>
  request.overdue
    ? { backgroundColor: 'var(--background-contrast-error)', '& td:first-of-type': { boxShadow: 'inset 4px 0 var(--border-plain-error)' } }
    : {};

/**
 * The requests by due date, soonest first. Each row shown is an audited read: the list is not refetched
 * when the window regains focus.
 */
const DataSubjectRequestList = () => (
  <List
    filters={dataSubjectRequestFilters}
    sort={{ field: 'dueOn', order: 'ASC' }}
    exporter={false}
    queryOptions={{ refetchOnWindowFocus: false }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false} rowSx={overdueRow} sx={{ '& .column-reference': { whiteSpace: 'nowrap' } }}>
      <ShowLinkField source="reference" />
      <DateField source="receivedOn" />
      <RightsField source="rights" sortable={false} />
      <PeopleField source="applicant" sortable={false} />
      <SelectField source="status" choices={requestStatusChoices} />
      <DateField source="dueOn" />
      <DaysLeftField source="daysLeft" sortBy="dueOn" />
    </Datagrid>
  </List>
);

export default DataSubjectRequestList;
