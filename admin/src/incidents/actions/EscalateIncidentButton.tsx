import EscalateIcon from '@mui/icons-material/ForwardToInbox';
import { required, TextInput, useRecordContext } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import type { IncidentStatus } from '../../graphql/generated/graphql';
import type { IncidentRecord } from '../incidents.api';

/** What the server lets go to the vendor: taken in hand, not resolved yet. */
const ESCALABLE: readonly IncidentStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'PENDING'];

/** Records the ticket opened with the ENT vendor (once); the status stays the agent's choice. */
export const EscalateIncidentButton = () => {
  const incident = useRecordContext<IncidentRecord>();
  if (!incident || incident.vendorReference || !ESCALABLE.includes(incident.status)) return null;
  return (
    <CommandDialogButton
      label="resources.incidents.escalate.action"
      icon={<EscalateIcon />}
      title="resources.incidents.escalate.title"
      explanation="resources.incidents.escalate.explanation"
      command="escalateIncident"
      fixed={{ id: incident.id }}
      submitLabel="resources.incidents.escalate.submit"
      refresh
      done={['resources.incidents.escalate.done', { reference: incident.reference }]}
    >
      <TextInput source="vendorReference" label="resources.incidents.fields.vendorReference" validate={required()} fullWidth />
    </CommandDialogButton>
  );
};
