import { Alert, Button } from '@mui/material';
import { useShowContext, useTranslate } from 'react-admin';

/** The last reading of the run failed (server unreachable…): the page keeps what it knew and offers to try again. */
export const PollingFailureAlert = () => {
  const translate = useTranslate();
  const { error, refetch, isFetching } = useShowContext();
  if (!error) return null;
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" variant="outlined" onClick={() => void refetch()} disabled={isFetching}>
          {translate('resources.directoryImports.progress.retry')}
        </Button>
      }
    >
      {translate('resources.directoryImports.progress.pollFailed', { message: error instanceof Error ? error.message : '' })}
    </Alert>
  );
};
