import { EditButton, EmailField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { RelatedConventions } from './RelatedConventions';
import { CommuneContactTitle } from './CommuneContactTitle';

/** A commune's contact for its conventions, and its conventions, year by year. */
const CommuneContactShow = () => (
  <Show
    title={<CommuneContactTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="commune.name" label="resources.communeContacts.fields.commune" />
      <TextField source="commune.siren" label="resources.communes.fields.siren" />
      <TextField source="mayorName" />
      <TextField source="mayorCapacity" />
      <TextField source="townHallSiret" />
      <TextField source="address" />
      <TextField source="postalCode" />
      <EmailField source="townHallEmail" />
      <TextField source="referentName" />
      <EmailField source="referentEmail" />
      <DateTimeField source="updatedAt" />
      <RelatedConventions label="resources.communeContacts.conventions" />
    </SimpleShowLayout>
  </Show>
);

export default CommuneContactShow;
