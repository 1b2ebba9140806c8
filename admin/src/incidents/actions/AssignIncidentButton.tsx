import AssignIcon from '@mui/icons-material/PersonAdd';
import { required, useRecordContext } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import { AgentSelectInput } from '../AgentSelectInput';
import type { IncidentRecord } from '../incidents.api';
import { isOpen } from '../nextStatuses';

/** Gives the open incident to an agent of the support team, chosen by name. */
export const AssignIncidentButton = () => {
  const incident = useRecordContext<IncidentRecord>();
  if (!incident || !isOpen(incident.status)) return null;
  return (
    <CommandDialogButton
      label="resources.incidents.assign.action"
      icon={<AssignIcon />}
      title="resources.incidents.assign.title"
      explanation="resources.incidents.assign.explanation"
      command="assignIncident"
      fixed={{ id: incident.id }}
      defaultValues={{ assigneeId: incident.assignee?.id }}
      submitLabel="resources.incidents.assign.submit"
      refresh
      done={['resources.incidents.assign.done', { reference: incident.reference }]}
    >
      <AgentSelectInput source="assigneeId" label="resources.incidents.fields.assigneeId" validate={required()} fullWidth />
    </CommandDialogButton>
  );
};
