import RetryIcon from '@mui/icons-material/Replay';
import { useRecordContext } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import type { NotificationRecord } from './notifications.api';

/** « Renvoyer », on an abandoned (FAILED) mail only: the sender job tries it again at once. */
export const RetryNotificationButton = () => {
  const mail = useRecordContext<NotificationRecord>();
  const retry = useCommand('retryNotification');
  if (mail?.status !== 'FAILED') return null;
  return (
    <CommandButton
      label="resources.notifications.retry"
      icon={<RetryIcon />}
      run={() => retry(mail.id)}
      done={() => ['resources.notifications.retried', { to: mail.toEmail }]}
    />
  );
};
