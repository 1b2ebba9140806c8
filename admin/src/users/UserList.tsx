import { Datagrid, List, NullableBooleanInput, SelectInput, TextField, TextInput } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLinkField } from '../fields/ShowLinkField';
import { roleChoices } from '../grants/grantEnums';
import { GrantsField } from '../grants/GrantsField';
import { UserStatusField } from './UserStatusField';

/** Every filter runs on the server (UserFilter). */
export const userFilters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <NullableBooleanInput
    key="active"
    source="active"
    trueLabel="resources.users.status.active"
    falseLabel="resources.users.status.inactive"
    alwaysOn
    sx={{ minWidth: 160 }}
  />,
];

const UserList = () => (
  <List filters={userFilters} sort={{ field: 'displayName', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ShowLinkField source="displayName" />
      <TextField source="email" />
      <GrantsField source="grants" sortable={false} />
      <UserStatusField source="active" sortable={false} />
      <DateTimeField source="lastLoginAt" />
    </Datagrid>
  </List>
);

export default UserList;
