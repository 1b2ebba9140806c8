import { InputAdornment } from '@mui/material';
import { DateInput, regex, required, SimpleForm, TextInput } from 'react-admin';
import { SaveToolbar } from '../forms/SaveToolbar';
import { eurosToCents } from '../format/euroAmounts';
import { TerritorySelectInput } from '../territory/TerritorySelectInput';

const amountInEuros = (value: unknown) => (typeof value === 'string' && value.trim() && eurosToCents(value) === undefined ? 'resources.campaigns.invalidAmount' : undefined);

/**
 * A school year's campaign for an académie: the tariff per school (typed in euros, stored in cents), the
 * conventions' end date, the signatory and the data-controller wording. The year and the académie are
 * the campaign's key: fixed once it exists. Saving a new tariff or end date updates the year's unsigned
 * conventions (server side).
 */
export const CampaignForm = ({ existing = false }: { existing?: boolean }) => (
  <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 720 }}>
    <TextInput
      source="schoolYear"
      validate={[required(), regex(/^\d{4}-\d{4}$/, 'resources.campaigns.invalidSchoolYear')]}
      // A disabled input's hint is too pale to read, and says nothing once the year is fixed.
      helperText={existing ? false : 'resources.campaigns.hints.schoolYear'}
      disabled={existing}
      fullWidth
    />
    <TerritorySelectInput source="academyCode" reference="academies" validate={required()} disabled={existing} fullWidth />
    <TextInput
      source="unitPriceEuros"
      validate={[required(), amountInEuros]}
      helperText="resources.campaigns.hints.unitPriceEuros"
      inputProps={{ inputMode: 'decimal' }}
      InputProps={{ endAdornment: <InputAdornment position="end">€</InputAdornment> }}
      fullWidth
    />
    <DateInput source="conventionEndDate" validate={required()} fullWidth />
    <TextInput source="signatoryName" validate={required()} fullWidth />
    <TextInput source="signatoryTitle" validate={required()} fullWidth />
    <TextInput source="dataControllerWording" helperText="resources.campaigns.hints.dataControllerWording" fullWidth />
  </SimpleForm>
);
