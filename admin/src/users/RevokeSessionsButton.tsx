import RevokeIcon from '@mui/icons-material/Logout';
import { useRecordContext } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import type { UserRecord } from './users.api';

/** Signs the user out everywhere (a lost laptop, a doubt), after a confirmation; tells how many sessions closed. */
export const RevokeSessionsButton = () => {
  const user = useRecordContext<UserRecord>();
  const revoke = useCommand('revokeUserSessions');
  if (!user) return null;
  const options = { name: user.displayName };
  return (
    <CommandButton
      label="resources.users.actions.revokeSessions"
      icon={<RevokeIcon />}
      run={() => revoke(user.id)}
      done={(count) => ['resources.users.actions.sessionsRevoked', { ...options, smart_count: count }]}
      confirm={{ title: 'resources.users.actions.revokeSessionsTitle', content: 'resources.users.actions.revokeSessionsContent', options }}
    />
  );
};
