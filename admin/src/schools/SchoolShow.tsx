import { EmailField, RecordRepresentation, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { HistoryTab } from '../audit/HistoryTab';
import { DateField } from '../fields/DateField';
import { DateTimeField } from '../fields/DateTimeField';
import { UaiField } from '../fields/UaiField';
import { DIRECTOR_TAB_PATH } from '../publicationDirectors/directorScope';
import { PublicationDirectorTab } from '../publicationDirectors/PublicationDirectorTab';
import { SchoolCirconscriptionField } from './SchoolCirconscriptionField';
import { SchoolCommuneField } from './SchoolCommuneField';
import { schoolKindChoices, schoolSectorChoices, schoolStatusChoices } from './schoolEnums';

const SchoolShow = () => (
  // The school's name already says "École": react-admin's default title would repeat it.
  <Show title={<RecordRepresentation />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.schools.tabs.record">
        <UaiField source="uai" />
        <TextField source="name" />
        <SelectField source="kind" choices={schoolKindChoices} />
        <SelectField source="sector" choices={schoolSectorChoices} />
        <SelectField source="status" choices={schoolStatusChoices} />
        <DateField source="closedOn" />
        <SchoolCommuneField source="communeInseeCode" />
        <TextField source="commune.department.name" label="resources.schools.fields.departmentCode" />
        <SchoolCirconscriptionField source="circonscriptionId" />
        <TextField source="address" />
        <TextField source="postalCode" />
        <EmailField source="email" />
        <TextField source="phone" />
        <TextField source="directorName" />
        <EmailField source="directorEmail" />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <HistoryTab targetType="School" />
      <PublicationDirectorTab kind="school" path={DIRECTOR_TAB_PATH} />
    </TabbedShowLayout>
  </Show>
);

export default SchoolShow;
