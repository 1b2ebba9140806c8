import { EmailField, SimpleShowLayout, TextField, useGetIdentity } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { PageSection } from '../layout/PageSection';

/** Name, e-mail and the date of the last password change, from the session. */
export const AccountIdentity = () => {
  const { identity } = useGetIdentity();
  return (
    <PageSection title="ent.account.identity">
      {identity && (
        <SimpleShowLayout record={identity} sx={{ p: 0 }}>
          <TextField source="fullName" label="ent.account.fields.displayName" />
          <EmailField source="email" label="ent.account.fields.email" />
          <DateTimeField source="passwordChangedAt" label="ent.account.fields.passwordChangedAt" />
        </SimpleShowLayout>
      )}
    </PageSection>
  );
};
