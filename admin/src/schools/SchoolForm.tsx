import type { ReactNode } from 'react';
import { AutocompleteInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { SaveToolbar } from '../forms/SaveToolbar';
import { schoolKindChoices, schoolSectorChoices } from './schoolEnums';

/**
 * The fields of a school, for creation (with its UAI) and edition. The UAI's check letter, the
 * commune/circonscription consistency… are checked by the server, whose errors land under the inputs.
 */
export const SchoolForm = ({ withUai = false, children }: { withUai?: boolean; children?: ReactNode }) => (
  <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 720 }}>
    {children}
    {withUai && <TextInput source="uai" validate={required()} fullWidth />}
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={schoolKindChoices} validate={required()} fullWidth />
    <SelectInput source="sector" choices={schoolSectorChoices} validate={required()} defaultValue="PUBLIC" fullWidth />
    <ReferenceInput source="communeInseeCode" reference="communes">
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <ReferenceInput source="circonscriptionId" reference="circonscriptions">
      <AutocompleteInput fullWidth />
    </ReferenceInput>
    <TextInput source="address" fullWidth />
    <TextInput source="postalCode" fullWidth />
    <TextInput source="email" type="email" fullWidth />
    <TextInput source="phone" type="tel" fullWidth />
    <TextInput source="directorName" fullWidth />
    <TextInput source="directorEmail" type="email" fullWidth />
  </SimpleForm>
);
