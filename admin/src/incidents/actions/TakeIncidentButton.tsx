import TakeIcon from '@mui/icons-material/PanTool';
import { useGetIdentity, useRecordContext } from 'react-admin';
import { CommandButton } from '../../actions/CommandButton';
import { useCommand } from '../../dataProvider/useCommand';
import type { IncidentRecord } from '../incidents.api';
import { isOpen } from '../nextStatuses';

/** « Prendre en charge »: gives the open incident to oneself (a new one becomes assigned, its clock of taking in hand stops). */
export const TakeIncidentButton = () => {
  const incident = useRecordContext<IncidentRecord>();
  const { identity } = useGetIdentity();
  const assign = useCommand('assignIncident');
  if (!incident || !identity || !isOpen(incident.status) || incident.assignee?.id === identity.id) return null;
  return (
    <CommandButton
      label="resources.incidents.assign.take"
      icon={<TakeIcon />}
      run={() => assign({ id: incident.id, assigneeId: identity.id })}
      done={() => ['resources.incidents.assign.taken', { reference: incident.reference }]}
    />
  );
};
