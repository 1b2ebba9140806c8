import { Box, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import type { DaysLeftBucket } from '../../graphql/generated/graphql';
import type { DueBucketCount } from './reportTypes';

/** Soonest first; overdue requests are red and open the list filtered on them. */
const ORDER: readonly DaysLeftBucket[] = ['OVERDUE', 'WITHIN_7_DAYS', 'WITHIN_30_DAYS', 'LATER'];

/** « 6 demandes ouvertes », then how many are overdue, due within 7 days, within 30 days, later. */
export const DueBuckets = ({ open, buckets }: { open: number; buckets: DueBucketCount[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const countOf = (bucket: DaysLeftBucket) => buckets.find((entry) => entry.bucket === bucket)?.count ?? 0;
  const overdueList = `${createPath({ resource: 'dataSubjectRequests', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`;
  const key = 'resources.dataSubjectRequests.home';
  return (
    <Box sx={{ mb: 3 }}>
      <Typography component="p" variant="body1" sx={{ mb: 1 }}>
        <Link to={createPath({ resource: 'dataSubjectRequests', type: 'list' })}>{translate(`${key}.open`, { smart_count: open })}</Link>
      </Typography>
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
        {ORDER.map((bucket) => {
          const count = countOf(bucket);
          const alarming = bucket === 'OVERDUE' && count > 0;
          return (
            <Box
              component="li"
              key={bucket}
              className="fr-p-2w"
              sx={{ border: 1, borderColor: alarming ? 'error.main' : 'divider', color: alarming ? 'error.main' : undefined }}
            >
              <Typography component="p" variant="h4" sx={{ m: 0, color: 'inherit' }}>
                {count}
              </Typography>
              <Typography component="p" variant="body2" sx={{ color: 'inherit' }}>
                {alarming ? <Link to={overdueList} sx={{ color: 'inherit' }}>{translate(`${key}.buckets.${bucket}`)}</Link> : translate(`${key}.buckets.${bucket}`)}
              </Typography>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
