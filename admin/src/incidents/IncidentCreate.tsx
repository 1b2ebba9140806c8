import { Typography } from '@mui/material';
import { Create, Loading, RadioButtonGroupInput, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { SaveToolbar } from '../forms/SaveToolbar';
import { SectionTitle } from './SectionTitle';
import { impactChoices, incidentCategoryChoices, incidentChannelChoices, reporterRoleChoices, urgencyChoices } from './incidentEnums';
import { IncidentScopeInput } from './report/IncidentScopeInput';
import { useReportDefaults } from './report/useReportDefaults';

/**
 * The report form. The server decides everything that matters (who may report where, the priority from
 * impact × urgency, parents and pupils sent back to their school) and its reasons show under the inputs.
 */
const IncidentCreate = () => {
  const translate = useTranslate();
  const defaults = useReportDefaults();
  return (
    <Create redirect="show" title="resources.incidents.report.title">
      {defaults ? (
        <SimpleForm defaultValues={defaults} toolbar={<SaveToolbar />} sx={{ maxWidth: 800 }}>
          <Typography variant="body2">{translate('resources.incidents.report.intro')}</Typography>
          <SectionTitle title="resources.incidents.report.reporter" />
          <SelectInput source="reporterRole" choices={reporterRoleChoices} validate={required()} fullWidth />
          <TextInput source="reporterName" validate={required()} fullWidth />
          <TextInput source="reporterEmail" type="email" validate={required()} fullWidth />
          <SectionTitle title="resources.incidents.report.concerns" />
          <IncidentScopeInput />
          <SectionTitle title="resources.incidents.report.incident" />
          <SelectInput source="category" choices={incidentCategoryChoices} validate={required()} fullWidth />
          <SelectInput source="channel" choices={incidentChannelChoices} validate={required()} fullWidth />
          <RadioButtonGroupInput source="impact" choices={impactChoices} validate={required()} helperText="resources.incidents.report.impactHint" />
          <RadioButtonGroupInput source="urgency" choices={urgencyChoices} validate={required()} helperText="resources.incidents.report.urgencyHint" />
          <TextInput source="title" validate={required()} fullWidth />
          <TextInput source="description" validate={required()} multiline minRows={5} fullWidth />
        </SimpleForm>
      ) : (
        <Loading />
      )}
    </Create>
  );
};

export default IncidentCreate;
