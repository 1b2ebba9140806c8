import DeleteIcon from '@mui/icons-material/Delete';
import { useRedirect, useRecordContext } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import type { ProcessingActivityRecord } from './processing-register.api';

/**
 * Removes an entry from the register, after a confirmation. Not offered for the ENT-École entry, which the
 * application keeps; the server also refuses an entry that requests concern, and says so.
 */
export const DeleteProcessingButton = () => {
  const entry = useRecordContext<ProcessingActivityRecord>();
  const remove = useCommand('deleteProcessingActivity');
  const redirect = useRedirect();
  if (!entry || entry.code) return null;
  const options = { name: entry.name };
  return (
    <CommandButton
      label="ra.action.delete"
      icon={<DeleteIcon />}
      run={async () => {
        await remove(entry.id);
        redirect('list', 'processingActivities');
      }}
      done={() => ['resources.processingActivities.deleted', options]}
      confirm={{ title: 'resources.processingActivities.deleteTitle', content: 'resources.processingActivities.deleteContent', options }}
    />
  );
};
