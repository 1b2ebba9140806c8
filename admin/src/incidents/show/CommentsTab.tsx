import { TabbedShowLayout, useRecordContext, type TabProps } from 'react-admin';
import type { IncidentRecord } from '../incidents.api';
import { CommentForm } from './CommentForm';
import { IncidentComments } from './IncidentComments';

/** The conversation with the reporter and the team's notes, and the form to add to it. */
export const CommentsTab = (props: Omit<TabProps, 'label' | 'children'>) => {
  const incident = useRecordContext<IncidentRecord>();
  return (
    <TabbedShowLayout.Tab label="resources.incidents.tabs.comments" count={incident?.comments.length} {...props}>
      <IncidentComments />
      <CommentForm />
    </TabbedShowLayout.Tab>
  );
};
