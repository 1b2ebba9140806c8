import { FunctionField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { IntegerField } from '../fields/IntegerField';
import { DIRECTOR_TAB_PATH } from '../publicationDirectors/directorScope';
import { PublicationDirectorTab } from '../publicationDirectors/PublicationDirectorTab';
import { RelatedSchools } from '../schools/RelatedSchools';
import type { CommuneRecord } from './communes.api';

const CommuneShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.communes.tabs.record">
        <TextField source="inseeCode" />
        <TextField source="name" />
        <TextField source="department.name" label="resources.communes.fields.departmentCode" />
        <FunctionField<CommuneRecord> source="postalCodes" render={(commune) => commune.postalCodes.join(', ')} />
        <IntegerField source="population" />
        <TextField source="siren" />
        <RelatedSchools target="communeInseeCode" label="resources.communes.schools" />
      </TabbedShowLayout.Tab>
      <PublicationDirectorTab kind="commune" path={DIRECTOR_TAB_PATH} />
    </TabbedShowLayout>
  </Show>
);

export default CommuneShow;
