import ExtendIcon from '@mui/icons-material/MoreTime';
import { DateInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialogButton } from '../actions/CommandDialogButton';
import { formatDate } from '../format/frenchFormats';
import { parisToday } from '../format/parisDays';
import type { DataSubjectRequestRecord } from './data-requests.api';

/**
 * Two further months (GDPR Art. 12(3)), once, with reasons, the person told within the first month: a
 * notification after the initial due date is refused by the server, under « Personne informée le ».
 */
export const ExtendRequestButton = () => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request || request.extended || (request.status !== 'RECEIVED' && request.status !== 'IN_PROGRESS')) return null;
  return (
    <CommandDialogButton
      label="resources.dataSubjectRequests.extend.action"
      icon={<ExtendIcon />}
      title="resources.dataSubjectRequests.extend.title"
      explanation={translate('resources.dataSubjectRequests.extend.explanation', { initialDueOn: formatDate(request.initialDueOn) })}
      command="extendDataSubjectRequest"
      fixed={{ id: request.id }}
      defaultValues={{ notifiedOn: parisToday(), reason: null }}
      done="resources.dataSubjectRequests.extend.done"
    >
      <DateInput source="notifiedOn" validate={required()} />
      <TextInput source="reason" multiline minRows={3} validate={required()} fullWidth />
    </CommandDialogButton>
  );
};
