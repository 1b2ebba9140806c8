import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { RelatedSchools } from '../schools/RelatedSchools';

const CirconscriptionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="department.name" label="resources.circonscriptions.fields.departmentCode" />
      <TextField source="ienName" />
      <RelatedSchools target="circonscriptionId" label="resources.circonscriptions.schools" />
    </SimpleShowLayout>
  </Show>
);

export default CirconscriptionShow;
