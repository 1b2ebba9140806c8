import { RecordRepresentation, Show, TabbedShowLayout } from 'react-admin';
import { HistoryTab } from '../audit/HistoryTab';
import { IncidentShowActions } from './actions/IncidentShowActions';
import { AttachmentsTab } from './show/AttachmentsTab';
import { CommentsTab } from './show/CommentsTab';
import { IncidentHeader } from './show/IncidentHeader';
import { IncidentRecordTab } from './show/IncidentRecordTab';
import { MajorIncidentTab } from './show/MajorIncidentTab';

/**
 * An incident: where it stands above the tabs, the support team's actions in the toolbar. The list fills
 * react-admin's getOne cache with its rows, which lack the comments, attachments and linked incidents read
 * here: a `meta` of its own gives this page a cache entry that only the whole incident fills.
 */
const IncidentShow = () => (
  <Show actions={<IncidentShowActions />} title={<RecordRepresentation />} queryOptions={{ meta: { wholeIncident: true } }}>
    <IncidentHeader />
    <TabbedShowLayout>
      <IncidentRecordTab />
      <CommentsTab />
      <AttachmentsTab />
      <MajorIncidentTab />
      <HistoryTab targetType="Incident" />
    </TabbedShowLayout>
  </Show>
);

export default IncidentShow;
