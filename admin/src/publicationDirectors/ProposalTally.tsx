import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { proposalTally } from './proposalTally';
import type { ProposalRecord } from './publicationDirectors.commands';

/** « 5 prêtes · 1 déjà en place · 1 incomplète · 2 sans directeur dans l’annuaire », read before choosing. */
export const ProposalTally = ({ proposals }: { proposals: ProposalRecord[] }) => {
  const translate = useTranslate();
  const parts = proposalTally(proposals).map(({ status, count }) => translate(`resources.publicationDirectors.proposals.tally.${status}`, { smart_count: count }));
  return (
    <Typography variant="body2" component="p" role="status">
      {parts.length ? parts.join(' · ') : translate('resources.publicationDirectors.proposals.none')}
    </Typography>
  );
};
