import {
  AutocompleteArrayInput,
  CheckboxGroupInput,
  Create,
  DateInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { SaveToolbar } from '../forms/SaveToolbar';
import { parisToday } from '../format/parisDays';
import { channelChoices, relationshipChoices, rightChoices } from './dataRequestEnums';
import { FormSection } from '../forms/FormSection';
import { PersonInputs } from './PersonInputs';
import { SubjectInputs } from './SubjectInputs';

/**
 * Registers a request as received: the server numbers it (DPO-AAAA-NNNN) and computes its due date from the
 * date of receipt, which the request's page then shows.
 */
const DataSubjectRequestCreate = () => (
  <Create redirect="show" title="resources.dataSubjectRequests.createTitle">
    <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 960 }} defaultValues={() => ({ receivedOn: parisToday(), channel: 'EMAIL', relationship: 'SELF' })}>
      <FormSection title="resources.dataSubjectRequests.sections.request" />
      <CheckboxGroupInput source="rights" choices={rightChoices} validate={required()} row={false} />
      <DateInput source="receivedOn" validate={required()} />
      <RadioButtonGroupInput source="channel" choices={channelChoices} validate={required()} />
      <TextInput source="content" multiline minRows={4} validate={required()} fullWidth />
      <FormSection title="resources.dataSubjectRequests.sections.applicant" />
      <PersonInputs source="applicant" />
      <SelectInput source="relationship" choices={relationshipChoices} validate={required()} sx={{ minWidth: 320 }} />
      <SubjectInputs />
      <FormSection title="resources.dataSubjectRequests.sections.places" />
      <ReferenceArrayInput source="schoolUais" reference="schools">
        <AutocompleteArrayInput fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="communeInseeCodes" reference="communes">
        <AutocompleteArrayInput fullWidth />
      </ReferenceArrayInput>
    </SimpleForm>
  </Create>
);

export default DataSubjectRequestCreate;
