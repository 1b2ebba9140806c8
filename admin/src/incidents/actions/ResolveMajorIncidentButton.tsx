import ResolveIcon from '@mui/icons-material/DoneAll';
import { required, TextInput, useRecordContext } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import type { IncidentRecord } from '../incidents.api';
import { isOpen } from '../nextStatuses';

/** Resolves the major incident and all its open children with one message, mailed to each reporter. */
export const ResolveMajorIncidentButton = () => {
  const incident = useRecordContext<IncidentRecord>();
  if (!incident?.children.length || !isOpen(incident.status)) return null;
  return (
    <CommandDialogButton
      label="resources.incidents.major.resolve"
      icon={<ResolveIcon />}
      title="resources.incidents.major.resolveTitle"
      explanation="resources.incidents.major.resolveExplanation"
      command="resolveMajorIncident"
      fixed={{ id: incident.id }}
      submitLabel="resources.incidents.major.resolve"
      refresh
      done={['resources.incidents.major.resolved', { reference: incident.reference }]}
    >
      <TextInput source="message" label="resources.incidents.major.message" validate={required()} multiline minRows={4} fullWidth />
    </CommandDialogButton>
  );
};
