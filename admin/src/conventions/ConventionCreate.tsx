import { AutocompleteInput, Create, ReferenceInput, required, SimpleForm } from 'react-admin';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { SchoolYearInput } from '../campaigns/SchoolYearInput';
import { text } from '../dataProvider/values';
import { SaveToolbar } from '../forms/SaveToolbar';
import { EligibleSchoolsInput } from './EligibleSchoolsInput';

/** The chosen commune's eligible schools; choosing another commune clears the ticks (they were the other's schools). */
const CommuneSchoolsInput = () => {
  const communeInseeCode = text(useWatch({ name: 'communeInseeCode' }));
  const { setValue } = useFormContext();
  useEffect(() => setValue('schoolUais', []), [communeInseeCode, setValue]);
  return <EligibleSchoolsInput communeInseeCode={communeInseeCode} />;
};

/**
 * A new DRAFT convention: the commune, the school year (its campaign sets the price and end date) and the
 * schools it enrols. Opened from the home page's list of communes without convention, the commune and
 * year come filled in (`?source=`).
 */
const ConventionCreate = () => (
  <Create redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 720 }}>
      <ReferenceInput source="communeInseeCode" reference="communes">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <SchoolYearInput validate={required()} fullWidth />
      <CommuneSchoolsInput />
    </SimpleForm>
  </Create>
);

export default ConventionCreate;
