import { Alert, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useCommand } from '../dataProvider/useCommand';

/**
 * Whether the trail's hash chain holds (docs/decisions/0004): intact, broken from some entry on (an entry
 * was rewritten, removed or inserted), and how many entries still wait for the sealing job.
 */
export const AuditChainBanner = () => {
  const translate = useTranslate();
  const check = useCommand('auditChain');
  // The server recomputes every link: once per minute is plenty.
  const { data: chain, isPending, isError } = useQuery({ queryKey: ['auditChain'], queryFn: () => check(), staleTime: 60_000 });
  if (isPending) return <Alert severity="info">{translate('resources.audit.chain.checking')}</Alert>;
  if (isError) return <Alert severity="warning">{translate('resources.audit.chain.unavailable')}</Alert>;
  return (
    <Stack spacing={1} role="status">
      {chain.intact ? (
        <Alert severity="success">{translate('resources.audit.chain.intact', { smart_count: chain.checkedEntries })}</Alert>
      ) : (
        <Alert severity="error">{translate('resources.audit.chain.broken', { id: chain.firstBrokenEntryId ?? '?' })}</Alert>
      )}
      {chain.unsealedEntries > 0 && <Alert severity="warning">{translate('resources.audit.chain.unsealed', { smart_count: chain.unsealedEntries })}</Alert>}
    </Stack>
  );
};
