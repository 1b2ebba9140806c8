import LinkIcon from '@mui/icons-material/Link';
import { AutocompleteArrayInput, ReferenceArrayInput, required, useRecordContext } from 'react-admin';
import { CommandDialogButton } from '../../actions/CommandDialogButton';
import type { IncidentRecord, IncidentRow } from '../incidents.api';
import { OPEN_STATUSES } from '../incidentEnums';
import { isOpen } from '../nextStatuses';

const describe = (incident: IncidentRow) => `${incident.reference} — ${incident.title}`;

/** Makes the open incident a major one: other open incidents with the same cause are attached to it. */
export const LinkIncidentsButton = () => {
  const incident = useRecordContext<IncidentRecord>();
  if (!incident || !isOpen(incident.status) || incident.parent) return null;
  const options = { reference: incident.reference };
  return (
    <CommandDialogButton
      label="resources.incidents.major.link"
      icon={<LinkIcon />}
      title="resources.incidents.major.linkTitle"
      messageOptions={options}
      explanation="resources.incidents.major.linkExplanation"
      command="linkIncidents"
      fixed={{ id: incident.id }}
      submitLabel="resources.incidents.major.linkSubmit"
      refresh
      done={['resources.incidents.major.linked', options]}
    >
      <ReferenceArrayInput source="childIds" reference="incidents" filter={{ status: OPEN_STATUSES }} sort={{ field: 'reportedAt', order: 'DESC' }}>
        <AutocompleteArrayInput label="resources.incidents.fields.childIds" optionText={describe} validate={required()} fullWidth />
      </ReferenceArrayInput>
    </CommandDialogButton>
  );
};
