import type { ReactNode } from 'react';
import { required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { FormSection } from '../forms/FormSection';
import { SaveToolbar } from '../forms/SaveToolbar';
import { legalBasisChoices } from './processingEnums';

/** Long texts of the register, several lines each, whole width. */
const longTexts = (sources: readonly string[]) =>
  sources.map((source) => <TextInput key={source} source={source} multiline minRows={2} validate={required()} fullWidth />);

/** The headings of GDPR Art. 30(1), in its order; each one is required but the legal basis detail. */
export const ProcessingForm = ({ children }: { children?: ReactNode }) => (
  <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 960 }}>
    {children}
    <TextInput source="name" validate={required()} fullWidth />
    {longTexts(['controller', 'purposes'])}
    <SelectInput source="legalBasis" choices={legalBasisChoices} validate={required()} sx={{ minWidth: 320 }} />
    <TextInput source="legalBasisDetail" multiline fullWidth />
    <FormSection title="resources.processingActivities.sections.data" />
    {longTexts(['dataSubjectCategories', 'dataCategories', 'recipients', 'transfers', 'retention', 'securityMeasures'])}
  </SimpleForm>
);
