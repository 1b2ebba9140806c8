import { Datagrid, EditButton, List, TextField } from 'react-admin';
import { DateField } from '../fields/DateField';
import { DateTimeField } from '../fields/DateTimeField';
import { MoneyField } from '../fields/MoneyField';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import { SchoolYearInput } from './SchoolYearInput';

export const campaignFilters = [
  <SchoolYearInput key="schoolYear" alwaysOn sx={{ minWidth: 160 }} />,
  <TerritorySelectInput key="academy" source="academyCode" reference="academies" alwaysOn />,
];

/** The campaigns, most recent year first: a row opens its form. */
const CampaignList = () => (
  <List filters={campaignFilters} sort={{ field: 'schoolYear', order: 'DESC' }} exporter={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="schoolYear" />
      <TextField source="academy.name" sortBy="academyCode" label="resources.campaigns.fields.academyCode" />
      <MoneyField source="unitPriceCents" sortable={false} />
      <DateField source="conventionEndDate" sortable={false} />
      <TextField source="signatoryName" sortable={false} />
      <DateTimeField source="updatedAt" sortable={false} />
      <EditButton />
    </Datagrid>
  </List>
);

export default CampaignList;
