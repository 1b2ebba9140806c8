import { TopToolbar, useRecordContext } from 'react-admin';
import { AnswerRequestButton } from './AnswerRequestButton';
import { CloseRequestButton } from './CloseRequestButton';
import { ExtendRequestButton } from './ExtendRequestButton';
import { isDetailed, type DataSubjectRequestRow } from './data-requests.api';
import { ReopenRequestButton } from './ReopenRequestButton';
import { StartRequestButton } from './StartRequestButton';

/** The request's next steps: each button shows only in the states where the server accepts it. */
export const RequestShowActions = () => {
  const request = useRecordContext<DataSubjectRequestRow>();
  if (!request || !isDetailed(request)) return <TopToolbar />;
  return (
    <TopToolbar>
      <StartRequestButton />
      <ExtendRequestButton />
      <AnswerRequestButton />
      <CloseRequestButton />
      <ReopenRequestButton />
    </TopToolbar>
  );
};
