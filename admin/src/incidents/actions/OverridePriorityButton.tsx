import PriorityIcon from '@mui/icons-material/LowPriority';
import { required, SelectInput, TextInput, useRecordContext } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import type { IncidentRecord } from '../incidents.api';
import { priorityChoices } from '../incidentEnums';
import { isOpen } from '../nextStatuses';

/** Sets the priority by hand over the impact × urgency matrix, with a reason (audited); the due instants follow. */
export const OverridePriorityButton = () => {
  const incident = useRecordContext<IncidentRecord>();
  if (!incident || !isOpen(incident.status)) return null;
  return (
    <CommandDialogButton
      label="resources.incidents.override.action"
      icon={<PriorityIcon />}
      title="resources.incidents.override.title"
      explanation="resources.incidents.override.explanation"
      command="overrideIncidentPriority"
      fixed={{ id: incident.id }}
      defaultValues={{ priority: incident.priority }}
      submitLabel="resources.incidents.override.submit"
      refresh
      done={['resources.incidents.override.done', { reference: incident.reference }]}
    >
      <SelectInput source="priority" label="resources.incidents.fields.priority" choices={priorityChoices} validate={required()} fullWidth />
      <TextInput source="reason" label="resources.incidents.override.reason" validate={required()} multiline minRows={2} fullWidth />
    </CommandDialogButton>
  );
};
