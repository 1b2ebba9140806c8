import { TabbedShowLayout, useRecordContext, type TabProps } from 'react-admin';
import type { IncidentRecord } from '../incidents.api';
import { AttachFilesForm } from './AttachFilesForm';
import { IncidentAttachments } from './IncidentAttachments';

/** The incident's files and, for those who may add some, the upload. */
export const AttachmentsTab = (props: Omit<TabProps, 'label' | 'children'>) => {
  const incident = useRecordContext<IncidentRecord>();
  return (
    <TabbedShowLayout.Tab label="resources.incidents.tabs.attachments" count={incident?.attachments.length} {...props}>
      <IncidentAttachments />
      <AttachFilesForm />
    </TabbedShowLayout.Tab>
  );
};
