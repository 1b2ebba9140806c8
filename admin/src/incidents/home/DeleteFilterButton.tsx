import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useTranslate } from 'react-admin';
import { CommandButton } from '../../actions/CommandButton';
import { useCommand } from '../../dataProvider/useCommand';
import type { SavedIncidentFilterDetailsFragment } from '../../graphql/generated/graphql';

/** Deletes a saved filter, after a confirmation; the incidents do not change. */
export const DeleteFilterButton = ({ saved }: { saved: SavedIncidentFilterDetailsFragment }) => {
  const translate = useTranslate();
  const deleteFilter = useCommand('deleteIncidentFilter');
  const options = { name: saved.name };
  return (
    <CommandButton
      label={translate('resources.incidents.saved.delete', options)}
      icon={<DeleteIcon />}
      run={() => deleteFilter(saved.id)}
      done={() => ['resources.incidents.saved.deleted', options]}
      confirm={{ title: 'resources.incidents.saved.deleteTitle', content: 'resources.incidents.saved.deleteContent', options }}
    />
  );
};
