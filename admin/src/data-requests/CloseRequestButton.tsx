import CloseIcon from '@mui/icons-material/TaskAlt';
import { DateInput, required, useRecordContext } from 'react-admin';
import { CommandDialogButton } from '../actions/CommandDialogButton';
import { parisToday } from '../format/parisDays';
import type { DataSubjectRequestRecord } from './data-requests.api';

/** Closes an answered request; its retention period starts then (anonymised after DSR_RETENTION_YEARS). */
export const CloseRequestButton = () => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  if (request?.status !== 'ANSWERED') return null;
  return (
    <CommandDialogButton
      label="resources.dataSubjectRequests.close.action"
      icon={<CloseIcon />}
      title="resources.dataSubjectRequests.close.title"
      command="closeDataSubjectRequest"
      fixed={{ id: request.id }}
      defaultValues={{ closedOn: parisToday() }}
      done="resources.dataSubjectRequests.close.done"
    >
      <DateInput source="closedOn" validate={required()} />
    </CommandDialogButton>
  );
};
