import { NumberField, RecordRepresentation, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../fields/DateField';
import { DateTimeField } from '../fields/DateTimeField';
import { BreachClockBanner } from './BreachClockBanner';
import { breachRiskChoices } from './breachEnums';
import { BreachShowActions } from './BreachShowActions';
import { MustInformAlert } from './MustInformAlert';

const multiline = { whiteSpace: 'pre-line' } as const;

/** A breach with its 72-hour clock ticking live at the top, then what is known of it. */
const DataBreachShow = () => (
  <Show actions={<BreachShowActions />} title={<RecordRepresentation />}>
    <BreachClockBanner />
    <MustInformAlert />
    <SimpleShowLayout>
      <TextField source="title" />
      <DateTimeField source="awareAt" />
      <DateTimeField source="notificationDeadline" />
      <SelectField source="risk" choices={breachRiskChoices} />
      <TextField source="incidentId" />
      <TextField source="nature" sx={multiline} />
      <TextField source="peopleCategories" sx={multiline} />
      <NumberField source="approximatePeople" locales="fr-FR" />
      <TextField source="recordCategories" sx={multiline} />
      <NumberField source="approximateRecords" locales="fr-FR" />
      <TextField source="consequences" sx={multiline} />
      <TextField source="measures" sx={multiline} />
      <DateTimeField source="cnilNotifiedAt" />
      <TextField source="cnilReference" />
      <TextField source="lateNotificationReason" sx={multiline} />
      <DateField source="peopleInformedOn" />
    </SimpleShowLayout>
  </Show>
);

export default DataBreachShow;
