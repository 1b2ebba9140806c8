import CancelIcon from '@mui/icons-material/Block';
import { required, TextInput, useRecordContext } from 'react-admin';
import { CommandFormButton } from '../actions/CommandFormButton';
import type { ConventionDetailsRecord } from './conventions.api';

/** Cancels a convention not yet signed, with its reason; its schools are free for another convention of the year. */
export const CancelConventionButton = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  if (!convention) return null;
  const options = { commune: convention.commune.name, schoolYear: convention.schoolYear };
  return (
    <CommandFormButton
      label="resources.conventions.actions.cancel"
      icon={<CancelIcon />}
      command="cancelConvention"
      values={{ id: convention.id, reason: null }}
      title={['resources.conventions.actions.cancelTitle', options]}
      explanation={['resources.conventions.actions.cancelExplanation']}
      submitLabel="resources.conventions.actions.cancelSubmit"
      done={() => ['resources.conventions.actions.cancelled', options]}
    >
      <TextInput source="reason" label="resources.conventions.fields.cancellationReason" validate={required()} multiline minRows={2} fullWidth />
    </CommandFormButton>
  );
};
