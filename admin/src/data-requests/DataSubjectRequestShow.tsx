import { RecordRepresentation, Show } from 'react-admin';
import { DataSubjectRequestShowLayout } from './DataSubjectRequestShowLayout';
import { RequestShowActions } from './RequestShowActions';

/** Each read of a request is audited: the page does not read it again when the window regains focus. */
const DataSubjectRequestShow = () => (
  <Show actions={<RequestShowActions />} title={<RecordRepresentation />} queryOptions={{ refetchOnWindowFocus: false }}>
    <DataSubjectRequestShowLayout />
  </Show>
);

export default DataSubjectRequestShow;
