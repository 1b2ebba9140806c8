import { Datagrid, SelectField, TextField, useCreatePath, type Identifier } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { AssigneeField } from './fields/AssigneeField';
import { IncidentLinkField } from './fields/IncidentLinkField';
import { IncidentScopeField } from './fields/IncidentScopeField';
import { PriorityField } from './fields/PriorityField';
import { SlaField } from './fields/SlaField';
import { StatusField } from './fields/StatusField';
import { incidentCategoryChoices } from './incidentEnums';

/**
 * The incidents' rows, for the list and for the support queue. The queue has its own order (resolution
 * due instant first): `sortable={false}` there, so that no header pretends otherwise.
 */
export const IncidentGrid = ({ sortable = true }: { sortable?: boolean }) => {
  const createPath = useCreatePath();
  const openIncident = (id: Identifier) => createPath({ resource: 'incidents', id, type: 'show' });
  return (
    <Datagrid rowClick={openIncident} bulkActionButtons={false}>
      <IncidentLinkField source="reference" sortable={false} />
      <TextField source="title" sortable={false} />
      <PriorityField source="priority" sortable={sortable} />
      <StatusField source="status" sortable={false} />
      <SelectField source="category" choices={incidentCategoryChoices} sortable={false} />
      <IncidentScopeField source="scope" sortable={false} />
      <DateTimeField source="reportedAt" sortable={sortable} />
      <AssigneeField source="assignee" sortable={false} />
      <SlaField source="remainingMinutes" sortable={sortable} />
    </Datagrid>
  );
};
