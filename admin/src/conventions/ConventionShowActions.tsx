import { TopToolbar, useRecordContext } from 'react-admin';
import type { ConventionStatus } from '../graphql/generated/graphql';
import { AmendConventionButton } from './AmendConventionButton';
import { AttachScanButton } from './AttachScanButton';
import { CancelConventionButton } from './CancelConventionButton';
import { ConventionDocumentButton } from './ConventionDocumentButton';
import type { ConventionDetailsRecord } from './conventions.api';
import { RecordDeliberationButton } from './RecordDeliberationButton';
import { SendConventionButton } from './SendConventionButton';
import { SignConventionButton } from './SignConventionButton';

/**
 * The steps the convention may take now (`allowedTransitions`, the server's status machine), and what a
 * signed one allows: an amendment, its scans. EXPIRED is no step: a job sets it the day after the end.
 */
export const ConventionShowActions = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const allows = (status: ConventionStatus) => convention?.allowedTransitions.includes(status) ?? false;
  return (
    <TopToolbar>
      {allows('SENT') && <SendConventionButton />}
      {allows('DELIBERATED') && <RecordDeliberationButton />}
      {allows('SIGNED') && <SignConventionButton />}
      {convention?.status === 'SIGNED' && <AmendConventionButton />}
      <AttachScanButton />
      <ConventionDocumentButton />
      {allows('CANCELLED') && <CancelConventionButton />}
    </TopToolbar>
  );
};
