import type { ReactNode } from 'react';
import { email, SimpleForm, TextInput } from 'react-admin';
import { SaveToolbar } from '../forms/SaveToolbar';

/**
 * What the convention prints for the commune and whom reminders go to: the mayor (name and capacity), the
 * town hall's SIRET (its Luhn check and its SIREN are the server's, whose reason shows under the input),
 * address, e-mail, and the référent ville (publication director of the commune's pages).
 */
export const CommuneContactForm = ({ children }: { children?: ReactNode }) => (
  <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 720 }}>
    {children}
    <TextInput source="mayorName" helperText="resources.communeContacts.hints.mayorName" fullWidth />
    <TextInput source="mayorCapacity" helperText="resources.communeContacts.hints.mayorCapacity" fullWidth />
    <TextInput source="townHallSiret" helperText="resources.communeContacts.hints.townHallSiret" inputProps={{ inputMode: 'numeric' }} fullWidth />
    <TextInput source="address" fullWidth />
    <TextInput source="postalCode" inputProps={{ inputMode: 'numeric' }} fullWidth />
    <TextInput source="townHallEmail" type="email" validate={email()} fullWidth />
    <TextInput source="referentName" fullWidth />
    <TextInput source="referentEmail" type="email" validate={email()} fullWidth />
  </SimpleForm>
);
