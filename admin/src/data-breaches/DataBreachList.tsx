import { Datagrid, List, NullableBooleanInput, SelectField, SelectInput, TextInput } from 'react-admin';
import { DateField } from '../fields/DateField';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLinkField } from '../fields/ShowLinkField';
import { BreachNotificationField } from './BreachNotificationField';
import { breachRiskChoices } from './breachEnums';

export const dataBreachFilters = [
  <NullableBooleanInput
    key="awaitingNotification"
    source="awaitingNotification"
    trueLabel="resources.dataBreaches.filters.awaiting"
    falseLabel="resources.dataBreaches.filters.notAwaiting"
    alwaysOn
    sx={{ minWidth: 220 }}
  />,
  <SelectInput key="risk" source="risk" choices={breachRiskChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <TextInput key="incidentId" source="incidentId" />,
];

/** The breach register (GDPR Art. 33(5)), most recent first: every breach, notified or only documented. */
const DataBreachList = () => (
  <List filters={dataBreachFilters} exporter={false} sort={{ field: 'awareAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ShowLinkField source="title" />
      <DateTimeField source="awareAt" sortable={false} />
      <SelectField source="risk" choices={breachRiskChoices} sortable={false} />
      <BreachNotificationField source="cnilNotifiedAt" sortable={false} />
      <DateField source="peopleInformedOn" sortable={false} />
    </Datagrid>
  </List>
);

export default DataBreachList;
