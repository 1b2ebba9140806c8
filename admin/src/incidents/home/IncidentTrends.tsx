import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { ResolutionTimeChart } from './ResolutionTimeChart';
import { TREND_WEEKS, useIncidentTrends } from './useSupportHomeData';
import { WeeklyVolumeChart } from './WeeklyVolumeChart';

/** The last weeks at a glance: how many incidents come in, how long each category takes to resolve. */
export const IncidentTrends = () => {
  const translate = useTranslate();
  const headingId = useId();
  const { data: trends } = useIncidentTrends();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h6" component="h3" gutterBottom>
        {translate('resources.incidents.home.trends', { weeks: TREND_WEEKS })}
      </Typography>
      {trends && (
        <Box sx={{ display: 'grid', gap: 4, gridTemplateColumns: { xs: '1fr', xl: '1fr 1fr' } }}>
          <WeeklyVolumeChart weeks={trends.weeks} />
          <ResolutionTimeChart resolution={trends.resolution} />
        </Box>
      )}
    </Box>
  );
};
