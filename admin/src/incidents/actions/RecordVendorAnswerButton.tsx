import AnswerIcon from '@mui/icons-material/MarkEmailRead';
import { required, TextInput, useRecordContext } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import type { IncidentRecord } from '../incidents.api';

/** Records the vendor's answer to the ticket (it replaces an earlier one); not once the incident is closed. */
export const RecordVendorAnswerButton = () => {
  const incident = useRecordContext<IncidentRecord>();
  if (!incident?.vendorReference || incident.status === 'CLOSED') return null;
  return (
    <CommandDialogButton
      label="resources.incidents.vendorAnswer.action"
      icon={<AnswerIcon />}
      title="resources.incidents.vendorAnswer.title"
      explanation="resources.incidents.vendorAnswer.explanation"
      command="recordVendorAnswer"
      fixed={{ id: incident.id }}
      defaultValues={{ answer: incident.vendorAnswer ?? '' }}
      submitLabel="resources.incidents.vendorAnswer.submit"
      refresh
      done={['resources.incidents.vendorAnswer.done', { reference: incident.reference }]}
    >
      <TextInput source="answer" label="resources.incidents.fields.vendorAnswer" validate={required()} multiline minRows={4} fullWidth />
    </CommandDialogButton>
  );
};
