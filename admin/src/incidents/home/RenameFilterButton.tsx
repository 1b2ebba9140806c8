import RenameIcon from '@mui/icons-material/Edit';
import { required, TextInput, useTranslate } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import type { SavedIncidentFilterDetailsFragment } from '../../graphql/generated/graphql';

/** Renames a saved filter; its criteria stay. */
export const RenameFilterButton = ({ saved }: { saved: SavedIncidentFilterDetailsFragment }) => {
  const translate = useTranslate();
  const options = { name: saved.name };
  return (
    <CommandDialogButton
      // The filter's name is in the button's own label, so that each button says which filter it renames.
      label={translate('resources.incidents.saved.rename', options)}
      icon={<RenameIcon />}
      title="resources.incidents.saved.renameTitle"
      messageOptions={options}
      command="renameIncidentFilter"
      fixed={{ id: saved.id }}
      defaultValues={{ name: saved.name }}
      submitLabel="ra.action.save"
      done="resources.incidents.saved.renamed"
      refresh
    >
      <TextInput source="name" label="resources.incidents.saved.name" validate={required()} fullWidth />
    </CommandDialogButton>
  );
};
