import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ProposalRecord } from './publicationDirectors.commands';

/** What the bulk assignment would do for the school, in words; « prête » stands out. */
export const ProposalStatusField = (_props: FieldProps) => {
  const proposal = useRecordContext<ProposalRecord>();
  const translate = useTranslate();
  if (!proposal) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={proposal.status === 'READY' ? 'success' : 'default'}
      label={translate(`resources.publicationDirectors.proposalStatuses.${proposal.status}`)}
    />
  );
};
