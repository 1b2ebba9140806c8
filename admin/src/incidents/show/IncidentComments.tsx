import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { IncidentRecord } from '../incidents.api';
import { IncidentComment } from './IncidentComment';

/** The conversation, oldest first (internal comments come from the API to the support team only). */
export const IncidentComments = () => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  if (!incident.comments.length) return <Typography variant="body2">{translate('resources.incidents.comments.none')}</Typography>;
  return (
    <Stack component="ol" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {incident.comments.map((comment) => (
        <li key={comment.id}>
          <IncidentComment comment={comment} />
        </li>
      ))}
    </Stack>
  );
};
