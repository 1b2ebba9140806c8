import { required, SimpleForm, TextInput } from 'react-admin';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { SaveToolbar } from '../forms/SaveToolbar';
import { GrantsInput } from '../grants/GrantsInput';

/**
 * A user's name, e-mail and grants; on creation, the initial password too. The e-mail's uniqueness and
 * the password policy are the server's, whose errors land under the inputs.
 */
export const UserForm = ({ withPassword = false }: { withPassword?: boolean }) => (
  <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 960 }}>
    <TextInput source="displayName" validate={required()} fullWidth />
    <TextInput source="email" type="email" validate={required()} fullWidth />
    {withPassword && <NewPasswordInput source="password" />}
    <GrantsInput />
  </SimpleForm>
);
