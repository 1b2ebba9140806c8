import { AutocompleteInput, Datagrid, List, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { SchoolYearInput } from '../campaigns/SchoolYearInput';
import { DateTimeField } from '../fields/DateTimeField';
import { MoneyField } from '../fields/MoneyField';
import { ShowLinkField } from '../fields/ShowLinkField';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import { conventionStatusChoices } from './conventionEnums';
import { ConventionListActions } from './ConventionListActions';
import { ConventionStatusField } from './ConventionStatusField';

/** Every filter runs on the server (ConventionFilter); the year and the status are always shown. */
export const conventionFilters = [
  <SchoolYearInput key="schoolYear" alwaysOn sx={{ minWidth: 160 }} />,
  <SelectInput key="status" source="status" choices={conventionStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceInput key="commune" source="communeInseeCode" reference="communes" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <TerritorySelectInput key="academy" source="academyCode" reference="academies" />,
  <TerritorySelectInput key="department" source="departmentCode" reference="departments" />,
];

const ConventionList = () => (
  <List filters={conventionFilters} actions={<ConventionListActions />} sort={{ field: 'commune.name', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ShowLinkField source="commune.name" />
      <TextField source="commune.department.name" sortBy="departmentCode" label="resources.conventions.fields.departmentCode" />
      <TextField source="schoolYear" />
      <ConventionStatusField source="status" />
      <MoneyField source="totalAmountCents" sortBy="amountCents" />
      <DateTimeField source="updatedAt" />
    </Datagrid>
  </List>
);

export default ConventionList;
