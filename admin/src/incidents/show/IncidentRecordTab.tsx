import { EmailField, SelectField, TabbedShowLayout, TextField, type TabProps } from 'react-admin';
import { DateTimeField } from '../../fields/DateTimeField';
import { DateField } from '../../fields/DateField';
import { IncidentScopeField } from '../fields/IncidentScopeField';
import { PriorityField } from '../fields/PriorityField';
import { incidentCategoryChoices, impactChoices, incidentChannelChoices, reporterRoleChoices, urgencyChoices } from '../incidentEnums';
import { BusinessDurationField } from './BusinessDurationField';
import { MultilineTextField } from './MultilineTextField';
import { ParentIncidentField } from './ParentIncidentField';
import { SectionTitle } from '../SectionTitle';
import { WhenSet } from './WhenSet';

/** The report as received, then its handling (due instants, resolution) and the vendor's part. */
export const IncidentRecordTab = (props: Omit<TabProps, 'label' | 'children'>) => (
  <TabbedShowLayout.Tab label="resources.incidents.tabs.record" {...props}>
    <WhenSet>
      <ParentIncidentField source="parent" />
    </WhenSet>
    <SectionTitle title="resources.incidents.sections.report" label={false} />
    <TextField source="title" />
    <MultilineTextField source="description" />
    <SelectField source="category" choices={incidentCategoryChoices} />
    <IncidentScopeField source="scope" />
    <TextField source="reporterName" />
    <SelectField source="reporterRole" choices={reporterRoleChoices} />
    <EmailField source="reporterEmail" />
    <SelectField source="channel" choices={incidentChannelChoices} />
    <DateTimeField source="reportedAt" />
    <SectionTitle title="resources.incidents.sections.handling" label={false} />
    <SelectField source="impact" choices={impactChoices} />
    <SelectField source="urgency" choices={urgencyChoices} />
    <PriorityField source="priority" />
    <WhenSet>
      <TextField source="priorityOverrideReason" />
    </WhenSet>
    <DateTimeField source="ownDueAt" />
    <WhenSet>
      <DateTimeField source="ownedAt" />
    </WhenSet>
    <DateTimeField source="resolveDueAt" />
    <WhenSet>
      <DateTimeField source="resolvedAt" />
    </WhenSet>
    <WhenSet>
      <MultilineTextField source="resolution" />
    </WhenSet>
    <WhenSet>
      <BusinessDurationField source="resolutionMinutes" />
    </WhenSet>
    <WhenSet>
      <DateField source="autoCloseOn" />
    </WhenSet>
    <WhenSet>
      <DateTimeField source="closedAt" />
    </WhenSet>
    <WhenSet>
      <DateTimeField source="dpoAlertedAt" />
    </WhenSet>
    <SectionTitle title="resources.incidents.sections.vendor" label={false} />
    <TextField source="vendorReference" emptyText="—" />
    <WhenSet>
      <DateTimeField source="escalatedAt" />
    </WhenSet>
    <WhenSet>
      <MultilineTextField source="vendorAnswer" />
    </WhenSet>
    <WhenSet>
      <DateTimeField source="vendorAnsweredAt" />
    </WhenSet>
  </TabbedShowLayout.Tab>
);
