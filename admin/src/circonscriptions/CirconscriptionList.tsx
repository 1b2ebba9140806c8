import { Datagrid, List, TextField, TextInput } from 'react-admin';
import { ShowLinkField } from '../fields/ShowLinkField';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';

export const circonscriptionFilters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <TerritorySelectInput key="department" source="departmentCode" reference="departments" alwaysOn />,
  <TerritorySelectInput key="academy" source="academyCode" reference="academies" />,
];

const CirconscriptionList = () => (
  <List filters={circonscriptionFilters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <ShowLinkField source="name" />
      <TextField source="department.name" sortBy="departmentCode" label="resources.circonscriptions.fields.departmentCode" />
      <TextField source="ienName" sortable={false} />
    </Datagrid>
  </List>
);

export default CirconscriptionList;
