import type { ReactElement } from 'react';
import { DateInput, required, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialogButton } from '../actions/CommandDialogButton';
import { FileUploadInput } from '../files/FileUploadInput';
import { parisToday } from '../format/parisDays';
import type { IdentityCheckStatus } from '../graphql/generated/graphql';
import type { DataSubjectRequestRecord } from './data-requests.api';

/** Proofs of identity: the types the server accepts for the `identity-proof` purpose. */
const PROOF_TYPES = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/**
 * Moves the identity check to `status` on a date: asked, received (with the proofs, uploaded here), then
 * verified or not established, which erases the proofs.
 */
export const IdentityCheckButton = ({ status, icon }: { status: IdentityCheckStatus; icon: ReactElement }) => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request) return null;
  const key = `resources.dataSubjectRequests.identity.to.${status}`;
  const withProofs = status === 'RECEIVED';
  return (
    <CommandDialogButton
      label={`${key}.action`}
      icon={icon}
      title={`${key}.title`}
      explanation={translate(`${key}.explanation`)}
      command="recordIdentityCheck"
      fixed={{ id: request.id, status }}
      defaultValues={{ on: parisToday(), proofFileIds: withProofs ? [] : null }}
      done={`${key}.done`}
    >
      <DateInput source="on" label="resources.dataSubjectRequests.identity.on" validate={required()} />
      {withProofs && (
        <FileUploadInput
          source="proofFileIds"
          label="resources.dataSubjectRequests.identity.proofs"
          purpose="identity-proof"
          accept={PROOF_TYPES}
          validate={required()}
        />
      )}
    </CommandDialogButton>
  );
};
