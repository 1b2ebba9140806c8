import { Link, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatFileSize } from '../../format/frenchFormats';
import type { IncidentRecord } from '../incidents.api';

/** The files attached to the incident, each a download link (GET /files/:id, with the session cookie). */
export const IncidentAttachments = () => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  if (!incident.attachments.length) return <Typography variant="body2">{translate('resources.incidents.files.none')}</Typography>;
  return (
    <Stack component="ul" spacing={1} sx={{ pl: 2, m: 0 }}>
      {incident.attachments.map((file) => (
        <li key={file.id}>
          <Typography component="span" variant="body2">
            <Link href={`/files/${file.id}`} download={file.name} aria-label={translate('resources.incidents.files.download', { name: file.name })}>
              {file.name}
            </Link>{' '}
            ({translate('resources.incidents.files.details', { type: file.contentType, size: formatFileSize(file.size), date: formatDate(file.createdAt, { withTime: true }) })})
          </Typography>
        </li>
      ))}
    </Stack>
  );
};
