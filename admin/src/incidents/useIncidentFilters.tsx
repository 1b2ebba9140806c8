import {
  AutocompleteInput,
  DateInput,
  NullableBooleanInput,
  ReferenceInput,
  SelectArrayInput,
  TextInput,
  useCanAccess,
} from 'react-admin';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import { AgentSelectInput } from './AgentSelectInput';
import { incidentCategoryChoices, incidentStatusChoices, priorityChoices } from './incidentEnums';

/**
 * The incidents' filters (IncidentFilter, all run by the server), for the list and the support queue.
 * Agents are listed for the support team only, who may give incidents to them.
 */
export function useIncidentFilters() {
  const { canAccess: mayHandle } = useCanAccess({ resource: 'incidents', action: 'handle' });
  return [
    <TextInput key="q" source="q" alwaysOn resettable />,
    <SelectArrayInput key="status" source="status" choices={incidentStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
    <SelectArrayInput key="priority" source="priority" choices={priorityChoices} alwaysOn sx={{ minWidth: 160 }} />,
    <SelectArrayInput key="category" source="category" choices={incidentCategoryChoices} sx={{ minWidth: 220 }} />,
    <TerritorySelectInput key="department" source="departmentCode" reference="departments" />,
    <ReferenceInput key="school" source="schoolUai" reference="schools">
      <AutocompleteInput sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    <NullableBooleanInput
      key="breached"
      source="breached"
      trueLabel="resources.incidents.filters.late"
      falseLabel="resources.incidents.filters.onTime"
      sx={{ minWidth: 160 }}
    />,
    ...(mayHandle ? [<AgentSelectInput key="assignee" source="assigneeId" sx={{ minWidth: 220 }} />] : []),
    <NullableBooleanInput
      key="unassigned"
      source="unassigned"
      trueLabel="resources.incidents.filters.unassigned"
      falseLabel="resources.incidents.filters.assigned"
      sx={{ minWidth: 160 }}
    />,
    <DateInput key="reportedFrom" source="reportedFrom" />,
    <DateInput key="reportedTo" source="reportedTo" />,
  ];
}
