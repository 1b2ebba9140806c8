import ReactivateIcon from '@mui/icons-material/HowToReg';
import DeactivateIcon from '@mui/icons-material/PersonOff';
import { useGetIdentity, useRecordContext } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import type { UserRecord } from './users.api';

/**
 * Deactivates an account (which closes its sessions at once) or reactivates it, after a confirmation. One's
 * own account offers neither: the server refuses to let an administrator lock themself out.
 */
export const ToggleUserActiveButton = () => {
  const user = useRecordContext<UserRecord>();
  const { identity } = useGetIdentity();
  const deactivate = useCommand('deactivateUser');
  const reactivate = useCommand('reactivateUser');
  if (!user || user.id === identity?.id) return null;
  const [action, run, icon] = user.active ? (['deactivate', deactivate, <DeactivateIcon />] as const) : (['reactivate', reactivate, <ReactivateIcon />] as const);
  const messages = `resources.users.actions.${action}`;
  const options = { name: user.displayName };
  return (
    <CommandButton
      label={messages}
      icon={icon}
      run={() => run(user.id)}
      done={() => [`${messages}d`, options]}
      confirm={{ title: `${messages}Title`, content: `${messages}Content`, options }}
    />
  );
};
