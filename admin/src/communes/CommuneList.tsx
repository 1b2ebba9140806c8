import { Datagrid, FunctionField, List, TextField, TextInput } from 'react-admin';
import { IntegerField } from '../fields/IntegerField';
import { ShowLinkField } from '../fields/ShowLinkField';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import type { CommuneRecord } from './communes.api';

export const communeFilters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <TerritorySelectInput key="department" source="departmentCode" reference="departments" alwaysOn />,
];

const CommuneList = () => (
  <List filters={communeFilters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="inseeCode" />
      <ShowLinkField source="name" />
      <TextField source="department.name" sortBy="departmentCode" label="resources.communes.fields.departmentCode" />
      <FunctionField<CommuneRecord> source="postalCodes" sortable={false} render={(commune) => commune.postalCodes.join(', ')} />
      <IntegerField source="population" />
    </Datagrid>
  </List>
);

export default CommuneList;
