import ReopenIcon from '@mui/icons-material/Gavel';
import { DateInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialogButton } from '../actions/CommandDialogButton';
import { parisToday } from '../format/parisDays';
import type { DataSubjectRequestRecord } from './data-requests.api';

/** On a complaint to the CNIL, an answered or closed request is worked on again (its CNIL reference kept). */
export const ReopenRequestButton = () => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request || (request.status !== 'ANSWERED' && request.status !== 'CLOSED') || request.anonymisedAt) return null;
  return (
    <CommandDialogButton
      label="resources.dataSubjectRequests.reopen.action"
      icon={<ReopenIcon />}
      title="resources.dataSubjectRequests.reopen.title"
      explanation={translate('resources.dataSubjectRequests.reopen.explanation')}
      command="reopenDataSubjectRequest"
      fixed={{ id: request.id }}
      defaultValues={{ reopenedOn: parisToday(), cnilComplaintReference: null }}
      done="resources.dataSubjectRequests.reopen.done"
    >
      <DateInput source="reopenedOn" validate={required()} />
      <TextInput source="cnilComplaintReference" validate={required()} fullWidth />
    </CommandDialogButton>
  );
};
