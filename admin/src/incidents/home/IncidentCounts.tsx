import { Table } from '@codegouvfr/react-dsfr/Table';
import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../format/frenchFormats';
import { PriorityBadge } from '../fields/PriorityBadge';
import { useIncidentSummary } from './useSupportHomeData';

/** One figure of the summary, its label under it. */
const Figure = ({ value, label }: { value: number; label: string }) => (
  <Box sx={{ minWidth: 140 }}>
    <Typography component="p" variant="h4" sx={{ m: 0 }}>
      {formatInteger(value)}
    </Typography>
    <Typography component="p" variant="body2">
      {label}
    </Typography>
  </Box>
);

/** The open incidents within one's perimeter: in all, unassigned, waiting, late, and per priority. */
export const IncidentCounts = () => {
  const translate = useTranslate();
  const headingId = useId();
  const { data: summary } = useIncidentSummary();
  const t = (key: string) => translate(`resources.incidents.home.${key}`);
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h6" component="h3" gutterBottom>
        {t('counts')}
      </Typography>
      {summary && (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, mb: 2 }}>
            <Figure value={summary.open} label={t('open')} />
            <Figure value={summary.unassigned} label={t('unassignedCount')} />
            <Figure value={summary.pending} label={t('pending')} />
            <Figure value={summary.breached} label={t('late')} />
          </Box>
          <Table
            caption={t('byPriority')}
            headers={[translate('resources.incidents.fields.priority'), t('open'), t('late')]}
            data={summary.byPriority.map(({ priority, open, breached }) => [<PriorityBadge key={priority} priority={priority} />, formatInteger(open), formatInteger(breached)])}
            bordered
          />
        </>
      )}
    </Box>
  );
};
