import { Create, DateTimeInput, NumberInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { FormSection } from '../forms/FormSection';
import { SaveToolbar } from '../forms/SaveToolbar';
import { breachRiskChoices } from './breachEnums';

/**
 * Opens a breach: the 72 hours run from the moment the controller became aware of it. From an incident,
 * its number fills `incidentId` (`#/dataBreaches/create?source={"incidentId":"12"}`); the server checks
 * that it is a personal-data incident. What is not known yet may be completed later.
 */
const DataBreachCreate = () => (
  <Create redirect="show" title="resources.dataBreaches.open">
    <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 960 }} defaultValues={() => ({ awareAt: new Date().toISOString(), risk: 'RISK' })}>
      <FormSection title="resources.dataBreaches.sections.breach" />
      <TextInput source="title" validate={required()} fullWidth />
      <DateTimeInput source="awareAt" validate={required()} helperText="resources.dataBreaches.hints.awareAt" />
      <SelectInput source="risk" choices={breachRiskChoices} validate={required()} helperText="resources.dataBreaches.hints.risk" sx={{ minWidth: 320 }} />
      <TextInput source="incidentId" helperText="resources.dataBreaches.hints.incidentId" />
      <TextInput source="nature" multiline minRows={3} validate={required()} fullWidth />
      <FormSection title="resources.dataBreaches.sections.scope" />
      <TextInput source="peopleCategories" multiline fullWidth />
      <NumberInput source="approximatePeople" min={0} step={1} />
      <TextInput source="recordCategories" multiline fullWidth />
      <NumberInput source="approximateRecords" min={0} step={1} />
      <FormSection title="resources.dataBreaches.sections.response" />
      <TextInput source="consequences" multiline fullWidth />
      <TextInput source="measures" multiline fullWidth />
    </SimpleForm>
  </Create>
);

export default DataBreachCreate;
