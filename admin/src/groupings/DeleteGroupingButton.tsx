import DeleteIcon from '@mui/icons-material/Delete';
import { useRecordContext, useRedirect } from 'react-admin';
import { CommandButton } from '../actions/CommandButton';
import { useCommand } from '../dataProvider/useCommand';
import type { GroupingRecord } from './groupings.api';

/** Deletes the grouping after a confirmation (its schools are paid by their own commune again), then shows the list. */
export const DeleteGroupingButton = () => {
  const grouping = useRecordContext<GroupingRecord>();
  const deleteGrouping = useCommand('deleteGrouping');
  const redirect = useRedirect();
  if (!grouping) return null;
  const options = { name: grouping.name };
  return (
    <CommandButton
      label="ra.action.delete"
      icon={<DeleteIcon />}
      run={async () => {
        await deleteGrouping(grouping.id);
        redirect('list', 'groupings');
      }}
      done={() => ['resources.groupings.deleted', options]}
      confirm={{ title: 'resources.groupings.deleteTitle', content: 'resources.groupings.deleteContent', options }}
    />
  );
};
