import { Typography } from '@mui/material';
import { AutocompleteInput, RadioButtonGroupInput, ReferenceInput, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { incidentScopeChoices } from '../incidentEnums';

/**
 * What the incident concerns: a school, a commune's space, or the whole platform; then which school or
 * commune. The server checks that it lies in the reporter's perimeter (FORBIDDEN otherwise).
 */
export const IncidentScopeInput = () => {
  const translate = useTranslate();
  const scope: unknown = useWatch({ name: 'scope' });
  return (
    <>
      <RadioButtonGroupInput source="scope" choices={incidentScopeChoices} validate={required()} row />
      {scope === 'SCHOOL' && (
        <ReferenceInput source="schoolUai" reference="schools">
          <AutocompleteInput validate={required()} noOptionsText="ra.navigation.no_results" fullWidth />
        </ReferenceInput>
      )}
      {scope === 'COMMUNE' && (
        <ReferenceInput source="communeInseeCode" reference="communes">
          <AutocompleteInput validate={required()} noOptionsText="ra.navigation.no_results" fullWidth />
        </ReferenceInput>
      )}
      {scope === 'PLATFORM' && (
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('resources.incidents.platformHint')}
        </Typography>
      )}
    </>
  );
};
