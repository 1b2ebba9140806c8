import { Box, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, LinkBase, Loading, Title, useCreatePath, useGetOne, useRequireAccess, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import type { CirconscriptionRecord } from '../circonscriptions/circonscriptions.api';
import { todayInParis } from '../format/parisDays';
import { AssignedDirectorsList } from './AssignedDirectorsList';
import type { AssignedDirectors } from './AssignProposalsButton';
import { ProposalsPreview } from './ProposalsPreview';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * PROPOSALS_ROUTE: « designate each school's director (directory) as publication director » for a
 * circonscription — a start date, the preview, the confirmation, then what was done.
 */
const DirectorProposalsPage = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { id = '' } = useParams();
  const { isPending: accessPending } = useRequireAccess({ resource: 'publicationDirectors', action: 'edit' });
  const { data: circonscription } = useGetOne<CirconscriptionRecord>('circonscriptions', { id });
  const [startDate, setStartDate] = useState(todayInParis);
  const [assigned, setAssigned] = useState<AssignedDirectors | null>(null);
  if (accessPending) return <Loading />;
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="resources.publicationDirectors.proposals.title" />
      <Stack spacing={2}>
        <Typography variant="h5" component="h2">
          {translate('resources.publicationDirectors.proposals.heading', { name: circonscription?.name ?? '' })}
        </Typography>
        <Typography variant="body2" component="p">
          {translate('resources.publicationDirectors.proposals.explanation')}
        </Typography>
        <TextField
          type="date"
          label={translate('resources.publicationDirectors.fields.startDate')}
          value={startDate}
          onChange={(event) => {
            setAssigned(null);
            setStartDate(event.target.value);
          }}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ maxWidth: 240 }}
        />
        {assigned && <AssignedDirectorsList assigned={assigned} />}
        {CALENDAR_DATE.test(startDate) && <ProposalsPreview circonscriptionId={id} startDate={startDate} onAssigned={setAssigned} />}
        <div>
          <Button label="resources.publicationDirectors.proposals.back" component={LinkBase} to={createPath({ resource: 'publicationCoverage', id, type: 'show' })} />
        </div>
      </Stack>
    </Box>
  );
};

export default DirectorProposalsPage;
