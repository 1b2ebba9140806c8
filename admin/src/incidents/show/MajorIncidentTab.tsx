import { Stack } from '@mui/material';
import { TabbedShowLayout, useCanAccess, useRecordContext, type TabProps } from 'react-admin';
import { LinkIncidentsButton } from '../actions/LinkIncidentsButton';
import { ResolveMajorIncidentButton } from '../actions/ResolveMajorIncidentButton';
import type { IncidentRecord } from '../incidents.api';
import { ChildIncidents } from './ChildIncidents';

/**
 * The incidents attached to this one when it is a major incident (an outage many schools call about), and
 * for the support team the means to attach more and to resolve them all at once. None for an incident
 * that is itself attached: there is one level only.
 */
export const MajorIncidentTab = (props: Omit<TabProps, 'label' | 'children'>) => {
  const incident = useRecordContext<IncidentRecord>();
  const { canAccess: mayHandle } = useCanAccess({ resource: 'incidents', action: 'handle' });
  if (!incident || incident.parent || (!incident.children.length && !mayHandle)) return null;
  return (
    <TabbedShowLayout.Tab label="resources.incidents.tabs.major" count={incident.children.length} {...props}>
      <ChildIncidents />
      {mayHandle && (
        <Stack direction="row" spacing={1}>
          <LinkIncidentsButton />
          <ResolveMajorIncidentButton />
        </Stack>
      )}
    </TabbedShowLayout.Tab>
  );
};
