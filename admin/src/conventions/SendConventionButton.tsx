import SendIcon from '@mui/icons-material/Send';
import { useRecordContext } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import type { ConventionDetailsRecord } from './conventions.api';

/** DRAFT → SENT, after a confirmation: the commune's council deliberates on the schools as sent. */
export const SendConventionButton = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const send = useCommand('sendConvention');
  if (!convention) return null;
  const options = { commune: convention.commune.name };
  return (
    <CommandButton
      label="resources.conventions.actions.send"
      icon={<SendIcon />}
      run={() => send(convention.id)}
      done={() => ['resources.conventions.actions.sent', options]}
      confirm={{ title: 'resources.conventions.actions.sendTitle', content: 'resources.conventions.actions.sendContent', options }}
    />
  );
};
