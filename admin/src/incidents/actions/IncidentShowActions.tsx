import { TopToolbar, useCanAccess } from 'react-admin';
import { AssignIncidentButton } from './AssignIncidentButton';
import { EscalateIncidentButton } from './EscalateIncidentButton';
import { OverridePriorityButton } from './OverridePriorityButton';
import { RecordVendorAnswerButton } from './RecordVendorAnswerButton';
import { StatusActionButtons } from './StatusActionButtons';
import { TakeIncidentButton } from './TakeIncidentButton';

/** The support team's handling of the incident; each button shows only when the incident's state allows it. */
export const IncidentShowActions = () => {
  const { canAccess: mayHandle } = useCanAccess({ resource: 'incidents', action: 'handle' });
  if (!mayHandle) return null;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <TakeIncidentButton />
      <AssignIncidentButton />
      <StatusActionButtons />
      <OverridePriorityButton />
      <EscalateIncidentButton />
      <RecordVendorAnswerButton />
    </TopToolbar>
  );
};
