import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { useCommand } from '../../dataProvider/useCommand';
import { DueBuckets } from './DueBuckets';
import { DueThisMonth } from './DueThisMonth';
import { YearlyReport } from './YearlyReport';

/**
 * The DPO's part of the home page: open requests by days left, those due this month, and the yearly
 * report. The due list is an audited read of each request in it: read once per visit, not on focus.
 */
const DpoHome = () => {
  const translate = useTranslate();
  const readDashboard = useCommand('dataSubjectRequestDashboard');
  const { data: dashboard, isPending, isError } = useQuery({
    queryKey: ['dataSubjectRequestDashboard'],
    queryFn: () => readDashboard(),
    refetchOnWindowFocus: false,
  });
  return (
    <section aria-labelledby="dpo-home-title">
      <Typography id="dpo-home-title" variant="h5" component="h2" gutterBottom>
        {translate('resources.dataSubjectRequests.home.title')}
      </Typography>
      {isPending && <Loading />}
      {isError && <p>{translate('resources.dataSubjectRequests.home.unavailable')}</p>}
      {dashboard && (
        <>
          <DueBuckets open={dashboard.open} buckets={dashboard.buckets} />
          <DueThisMonth requests={dashboard.dueThisMonth} today={dashboard.today} />
          <YearlyReport currentYear={Number(dashboard.today.slice(0, 4))} />
        </>
      )}
    </section>
  );
};

export default DpoHome;
