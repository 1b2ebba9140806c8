import StartIcon from '@mui/icons-material/PlayArrow';
import { useMutation } from '@tanstack/react-query';
import { Button, useNotify, useRecordContext } from 'react-admin';
import { useShowRecordInCache } from '../actions/useShowRecordInCache';
import { useCommand } from '../dataProvider/useCommand';
import type { DataSubjectRequestRecord } from './data-requests.api';

/** « Prendre en charge » (RECEIVED → IN_PROGRESS): one click, nothing to fill in. */
export const StartRequestButton = () => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const start = useCommand('startDataSubjectRequest');
  const showInCache = useShowRecordInCache();
  const notify = useNotify();
  const { mutate, isPending } = useMutation({
    mutationFn: (id: string) => start({ id }),
    onSuccess: (started) => {
      showInCache(started);
      notify('resources.dataSubjectRequests.start.done', { type: 'success' });
    },
    onError: (error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
  });
  if (request?.status !== 'RECEIVED') return null;
  return (
    <Button label="resources.dataSubjectRequests.start.action" onClick={() => mutate(request.id)} disabled={isPending}>
      <StartIcon />
    </Button>
  );
};
