import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { IncidentRow } from '../incidents.api';
import { describeRemaining } from '../remainingTime';

/**
 * Where the incident stands against its due instants: the time left to resolve it in words, and a flag
 * for each target already missed (taking in hand, resolution), written out rather than only coloured.
 */
export const SlaField = (_props: FieldProps) => {
  const incident = useRecordContext<IncidentRow>();
  const translate = useTranslate();
  if (!incident) return null;
  const remaining = describeRemaining(incident, translate);
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      {remaining && (
        <Typography component="span" variant="body2">
          {remaining}
        </Typography>
      )}
      {incident.ownBreached && (
        <Badge as="span" severity="error" small>
          {translate('resources.incidents.breaches.own')}
        </Badge>
      )}
      {incident.resolveBreached && (
        <Badge as="span" severity="error" small>
          {translate('resources.incidents.breaches.resolve')}
        </Badge>
      )}
    </Stack>
  );
};
