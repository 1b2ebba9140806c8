import { RecordRepresentation, Show, TabbedShowLayout, TextField } from 'react-admin';
import { HistoryTab } from '../audit/HistoryTab';
import { DateTimeField } from '../fields/DateTimeField';
import { GrantsField } from '../grants/GrantsField';
import { UserShowActions } from './UserShowActions';
import { UserStatusField } from './UserStatusField';

const UserShow = () => (
  <Show actions={<UserShowActions />} title={<RecordRepresentation />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.users.tabs.account">
        <TextField source="displayName" />
        <TextField source="email" />
        <UserStatusField source="active" />
        <GrantsField source="grants" />
        <DateTimeField source="lastLoginAt" />
        <DateTimeField source="passwordChangedAt" />
        <DateTimeField source="createdAt" />
      </TabbedShowLayout.Tab>
      <HistoryTab targetType="User" />
    </TabbedShowLayout>
  </Show>
);

export default UserShow;
