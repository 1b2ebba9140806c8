import { Stack } from '@mui/material';
import { Labeled } from 'react-admin';
import { AssigneeField } from '../fields/AssigneeField';
import { PriorityField } from '../fields/PriorityField';
import { SlaField } from '../fields/SlaField';
import { StatusField } from '../fields/StatusField';

/** Where the incident stands, above every tab: status, priority, due time, who handles it. */
export const IncidentHeader = () => (
  <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap" sx={{ px: 2, pt: 2 }}>
    <Labeled>
      <StatusField source="status" />
    </Labeled>
    <Labeled>
      <PriorityField source="priority" />
    </Labeled>
    <Labeled>
      <SlaField source="remainingMinutes" />
    </Labeled>
    <Labeled>
      <AssigneeField source="assignee" />
    </Labeled>
  </Stack>
);
