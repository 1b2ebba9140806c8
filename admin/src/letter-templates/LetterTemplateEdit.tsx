import { useCallback, useState } from 'react';
import { Edit, RecordRepresentation, required, SimpleForm, TextInput, TopToolbar } from 'react-admin';
import { ConflictAlert } from '../forms/ConflictAlert';
import { SaveToolbar } from '../forms/SaveToolbar';
import { useSaveErrorHandler } from '../forms/useSaveErrorHandler';
import { PlaceholderList } from './PlaceholderList';
import { ResetTemplateButton } from './ResetTemplateButton';

/**
 * A letter's subject and body, the usable fields beside them. Pessimistic: an unknown `{{field}}` is
 * refused by the server under the input that holds it; a version saved meanwhile is explained.
 */
const LetterTemplateEdit = () => {
  const [conflict, setConflict] = useState(false);
  const onError = useSaveErrorHandler(useCallback(() => setConflict(true), []));
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onError }}
      redirect="list"
      title={<RecordRepresentation />}
      aside={<PlaceholderList />}
      actions={
        <TopToolbar>
          <ResetTemplateButton />
        </TopToolbar>
      }
    >
      <SimpleForm toolbar={<SaveToolbar />}>
        {conflict && (
          <ConflictAlert title="resources.letterTemplates.conflict.title" message="resources.letterTemplates.conflict.message" onReloaded={() => setConflict(false)} />
        )}
        <TextInput source="subject" validate={required()} fullWidth />
        <TextInput source="body" multiline minRows={14} validate={required()} fullWidth />
      </SimpleForm>
    </Edit>
  );
};

export default LetterTemplateEdit;
