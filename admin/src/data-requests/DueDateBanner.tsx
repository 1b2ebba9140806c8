import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats';
import type { DataSubjectRequestRecord } from './data-requests.api';
import { DaysLeftBadge } from './DaysLeftBadge';

/**
 * What the DPO must see first: the due date in force and the days left (red once past), with where it
 * comes from (the date of receipt, the extension).
 */
export const DueDateBanner = () => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request) return null;
  return (
    <Box className="fr-callout fr-mb-2w" component="section" aria-labelledby="due-date-title">
      <Typography id="due-date-title" component="p" className="fr-callout__title">
        {translate('resources.dataSubjectRequests.due.title', { dueOn: formatDate(request.dueOn) })}
      </Typography>
      <Box sx={{ my: 1 }}>
        <DaysLeftBadge daysLeft={request.daysLeft} small={false} />
      </Box>
      <Typography component="p" className="fr-callout__text" variant="body2">
        {translate('resources.dataSubjectRequests.due.receivedOn', { receivedOn: formatDate(request.receivedOn) })}{' '}
        {request.extensionNotifiedOn
          ? translate('resources.dataSubjectRequests.due.extended', {
              initialDueOn: formatDate(request.initialDueOn),
              notifiedOn: formatDate(request.extensionNotifiedOn),
            })
          : translate('resources.dataSubjectRequests.due.initial')}
      </Typography>
    </Box>
  );
};
