import { Datagrid, List, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { IntegerField } from '../fields/IntegerField';
import { notificationStatusChoices } from './notificationEnums';
import { RetryNotificationButton } from './RetryNotificationButton';

export const notificationFilters = [
  <SelectInput key="status" source="status" choices={notificationStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <TextInput key="toEmail" source="toEmail" type="email" alwaysOn resettable />,
];

/** The outbox, newest first: what was sent, what waits, what failed and why. */
const NotificationList = () => (
  <List filters={notificationFilters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} empty={false}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <DateTimeField source="createdAt" />
      <TextField source="toEmail" sortable={false} />
      <TextField source="subject" sortable={false} />
      <SelectField source="status" choices={notificationStatusChoices} sortable={false} />
      <IntegerField source="attempts" sortable={false} />
      <TextField source="lastError" sortable={false} />
      <DateTimeField source="sentAt" sortable={false} />
      <RetryNotificationButton />
    </Datagrid>
  </List>
);

export default NotificationList;
