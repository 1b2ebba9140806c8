import { RecordRepresentation, SelectField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { HistoryTab } from '../audit/HistoryTab';
import { DateTimeField } from '../fields/DateTimeField';
import { legalBasisChoices } from './processingEnums';
import { ProcessingShowActions } from './ProcessingShowActions';

const multiline = { whiteSpace: 'pre-line' } as const;

/** One entry of the register, every heading of Art. 30(1), and its history. */
const ProcessingShow = () => (
  <Show actions={<ProcessingShowActions />} title={<RecordRepresentation />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.processingActivities.tabs.entry">
        <TextField source="name" />
        <TextField source="controller" sx={multiline} />
        <TextField source="purposes" sx={multiline} />
        <SelectField source="legalBasis" choices={legalBasisChoices} />
        <TextField source="legalBasisDetail" sx={multiline} />
        <TextField source="dataSubjectCategories" sx={multiline} />
        <TextField source="dataCategories" sx={multiline} />
        <TextField source="recipients" sx={multiline} />
        <TextField source="transfers" sx={multiline} />
        <TextField source="retention" sx={multiline} />
        <TextField source="securityMeasures" sx={multiline} />
        <DateTimeField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <HistoryTab targetType="ProcessingActivity" />
    </TabbedShowLayout>
  </Show>
);

export default ProcessingShow;
