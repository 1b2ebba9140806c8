import { AutocompleteInput, Datagrid, List, ReferenceInput, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { ShowLinkField } from '../fields/ShowLinkField';
import { UaiField } from '../fields/UaiField';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';
import { SchoolCommuneField } from './SchoolCommuneField';
import { schoolKindChoices, schoolSectorChoices, schoolStatusChoices } from './schoolEnums';

/** Every filter runs on the server (SchoolFilter); search and commune are always shown. */
export const schoolFilters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <ReferenceInput key="commune" source="communeInseeCode" reference="communes" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <ReferenceInput key="circonscription" source="circonscriptionId" reference="circonscriptions">
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <TerritorySelectInput key="department" source="departmentCode" reference="departments" />,
  <TerritorySelectInput key="academy" source="academyCode" reference="academies" />,
  <SelectInput key="kind" source="kind" choices={schoolKindChoices} />,
  <SelectInput key="sector" source="sector" choices={schoolSectorChoices} />,
  <SelectInput key="status" source="status" choices={schoolStatusChoices} />,
];

const SchoolList = () => (
  <List filters={schoolFilters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <UaiField source="uai" />
      <ShowLinkField source="name" />
      <SchoolCommuneField source="communeInseeCode" />
      <TextField source="commune.department.name" sortBy="departmentCode" label="resources.schools.fields.departmentCode" />
      <SelectField source="kind" choices={schoolKindChoices} />
      <SelectField source="status" choices={schoolStatusChoices} />
    </Datagrid>
  </List>
);

export default SchoolList;
