import { AutocompleteInput, Datagrid, EditButton, FunctionField, List, ReferenceInput, TextField } from 'react-admin';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import type { GroupingRecord } from './groupings.api';

export const groupingFilters = [
  <ReferenceInput key="commune" source="communeInseeCode" reference="communes" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <TerritorySelectInput key="department" source="departmentCode" reference="departments" alwaysOn />,
];

/** The groupings (RPI) of the perimeter: members, and which schools another member pays for. */
const GroupingList = () => (
  <List filters={groupingFilters} exporter={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <TextField source="departmentCode" sortable={false} />
      <FunctionField<GroupingRecord> source="communes" sortable={false} render={(grouping) => grouping.communes.map((commune) => commune.name).join(', ')} />
      <FunctionField<GroupingRecord>
        source="payers"
        sortable={false}
        render={(grouping) => grouping.payers.map((payer) => `${payer.school.name} → ${payer.payingCommune.name}`).join(' ; ')}
      />
      <EditButton />
    </Datagrid>
  </List>
);

export default GroupingList;
