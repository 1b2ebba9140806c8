import SaveIcon from '@mui/icons-material/BookmarkAdd';
import { required, TextInput, useListContext } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';

/** Saves the list's current filter under a name (unique for oneself: the server says so under the name). */
export const SaveFilterButton = () => {
  const { filterValues } = useListContext();
  return (
    <CommandDialogButton
      label="resources.incidents.saved.save"
      icon={<SaveIcon />}
      title="resources.incidents.saved.saveTitle"
      explanation="resources.incidents.saved.saveExplanation"
      command="saveIncidentFilter"
      fixed={{ filterValues }}
      defaultValues={{ name: null }}
      submitLabel="resources.incidents.saved.save"
      done="resources.incidents.saved.savedDone"
      refresh
    >
      <TextInput source="name" label="resources.incidents.saved.name" validate={required()} fullWidth />
    </CommandDialogButton>
  );
};
