import { FunctionField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { IntegerField } from '../fields/IntegerField';
import { RelatedSchools } from '../schools/RelatedSchools';
import type { CommuneRecord } from './communes.api';

const CommuneShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="inseeCode" />
      <TextField source="name" />
      <TextField source="department.name" label="resources.communes.fields.departmentCode" />
      <FunctionField<CommuneRecord> source="postalCodes" render={(commune) => commune.postalCodes.join(', ')} />
      <IntegerField source="population" />
      <TextField source="siren" />
      <RelatedSchools target="communeInseeCode" label="resources.communes.schools" />
    </SimpleShowLayout>
  </Show>
);

export default CommuneShow;
