import { Alert, AlertTitle, Box, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats';
import type { ImportStatus } from '../graphql/generated/graphql';
import { PageSection } from '../layout/PageSection';
import { ApplyImportButton } from './ApplyImportButton';
import type { DirectoryImportRecord } from './directoryImports.api';
import { ImportRunProgress } from './ImportRunProgress';
import { PollingFailureAlert } from './PollingFailureAlert';

const SEVERITY: Record<ImportStatus, 'info' | 'success' | 'error'> = {
  PENDING: 'info',
  RUNNING: 'info',
  ANALYSED: 'info',
  APPLIED: 'success',
  FAILED: 'error',
};

/**
 * Where the run stands and what to do next: its progress while a worker has it, « Appliquer » after the
 * dry run, « Reprendre » after a failed apply. The state is a polite live region: a screen reader hears
 * the run end without leaving what it reads.
 */
export const ImportRunState = () => {
  const run = useRecordContext<DirectoryImportRecord>();
  const translate = useTranslate();
  if (!run) return null;
  const explanation = translate(`resources.directoryImports.explanations.${run.phase}.${run.status}`, {
    finishedAt: run.finishedAt ? formatDate(run.finishedAt, { withTime: true }) : '',
    error: run.error ?? '',
  });
  return (
    <PageSection title="resources.directoryImports.sections.state">
      <Stack spacing={2}>
        <Alert severity={SEVERITY[run.status]} role="status">
          <AlertTitle>{translate(`resources.directoryImports.states.${run.phase}.${run.status}`)}</AlertTitle>
          {explanation}
        </Alert>
        {run.status === 'RUNNING' && <ImportRunProgress run={run} />}
        <PollingFailureAlert />
        <Box>
          <ApplyImportButton run={run} />
        </Box>
      </Stack>
    </PageSection>
  );
};
