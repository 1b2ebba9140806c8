import { useQuery } from '@tanstack/react-query';
import { Alert, Stack, Toolbar, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Datagrid, ListContextProvider, Loading, ResourceContextProvider, TextField, useList, useTranslate } from 'react-admin';
import { useCommand } from '../dataProvider/useCommand';
import { UaiField } from '../fields/UaiField';
import { AssignProposalsButton, type AssignedDirectors } from './AssignProposalsButton';
import { PersonNameField } from './PersonNameField';
import { ProposalCheckbox } from './ProposalCheckbox';
import { ProposalStatusField } from './ProposalStatusField';
import { ProposalTally } from './ProposalTally';
import { readyUais } from './proposalTally';

/** The grid's resource name (it wants one): the ticked schools are kept under it, and reset at each preview. */
const PROPOSALS = 'publicationDirectorProposals';

/**
 * What the bulk assignment would do from `startDate`, school by school. The ready schools are ticked to
 * begin with; the ERUN may leave some out before confirming.
 */
export const ProposalsPreview = ({ circonscriptionId, startDate, onAssigned }: { circonscriptionId: string; startDate: string; onAssigned: (assigned: AssignedDirectors) => void }) => {
  const translate = useTranslate();
  const preview = useCommand('publicationDirectorProposals');
  const { data, error, isPending } = useQuery({
    queryKey: ['publicationDirectorProposals', circonscriptionId, startDate],
    queryFn: () => preview({ circonscriptionId, startDate }),
  });
  const listContext = useList({ data, isPending, resource: PROPOSALS });
  const { onSelect } = listContext;
  useEffect(() => {
    if (data) onSelect(readyUais(data));
  }, [data, onSelect]);
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error" role="alert">{error.message}</Alert>;
  return (
    <Stack spacing={1}>
      <ProposalTally proposals={data} />
      <ResourceContextProvider value={PROPOSALS}>
        <ListContextProvider value={listContext}>
          <Toolbar disableGutters variant="dense" sx={{ gap: 2 }}>
            <Typography variant="body2" component="p" aria-live="polite">
              {translate('ra.action.bulk_actions', { smart_count: listContext.selectedIds.length })}
            </Typography>
            {listContext.selectedIds.length > 0 && <AssignProposalsButton circonscriptionId={circonscriptionId} startDate={startDate} onAssigned={onAssigned} />}
          </Toolbar>
          <Datagrid rowClick={false} bulkActionButtons={false}>
            <ProposalCheckbox label="resources.publicationDirectors.proposals.ticked" sortable={false} />
            <UaiField source="id" label="resources.publicationCoverage.fields.uai" />
            <TextField source="school.name" label="resources.publicationCoverage.fields.school" />
            <ProposalStatusField source="status" label="resources.publicationDirectors.proposals.status" />
            <PersonNameField source="lastName" label="resources.publicationDirectors.proposals.director" />
            <TextField source="email" label="resources.publicationDirectors.fields.email" emptyText="—" />
          </Datagrid>
        </ListContextProvider>
      </ResourceContextProvider>
    </Stack>
  );
};
