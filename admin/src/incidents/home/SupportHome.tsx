import { Box, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId } from 'react';
import { useTranslate } from 'react-admin';
import { IncidentCounts } from './IncidentCounts';
import { IncidentTrends } from './IncidentTrends';
import { SupportQueue } from './SupportQueue';
import { useLiveRefresh } from './useLiveRefresh';

/** Often enough to see a new P1 within a minute, seldom enough to cost nothing. */
const QUEUE_REFRESH_SECONDS = 45;

/**
 * The support team's part of the home page: the open incidents counted, the live queue with the saved
 * filters and the CSV export, and the trends of the last weeks.
 */
const SupportHome = () => {
  const translate = useTranslate();
  const headingId = useId();
  const queryClient = useQueryClient();
  const refreshQueue = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['incidentQueue'] });
    void queryClient.invalidateQueries({ queryKey: ['incidentSummary'] });
  }, [queryClient]);
  useLiveRefresh(refreshQueue, QUEUE_REFRESH_SECONDS * 1000);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 3 }}>
      <div>
        <Typography id={headingId} variant="h5" component="h2" gutterBottom>
          {translate('resources.incidents.home.title')}
        </Typography>
        <Typography variant="body2">{translate('resources.incidents.home.refresh', { seconds: QUEUE_REFRESH_SECONDS })}</Typography>
      </div>
      <IncidentCounts />
      <SupportQueue />
      <IncidentTrends />
    </Box>
  );
};

export default SupportHome;
