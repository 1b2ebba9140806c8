import AnswerIcon from '@mui/icons-material/Send';
import { DateInput, RadioButtonGroupInput, required, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialogButton } from '../actions/CommandDialogButton';
import { parisToday } from '../format/parisDays';
import type { DataSubjectRequestRecord } from './data-requests.api';
import { channelChoices, outcomeChoices } from './dataRequestEnums';
import { RefusalInputs } from './RefusalInputs';

/**
 * Records the answer (date, channel, outcome, ground of a refusal). The refusal the guidance proposes is
 * filled in, to be kept or changed; the first answer decides for ever whether the deadline was met.
 */
export const AnswerRequestButton = () => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (!request || (request.status !== 'RECEIVED' && request.status !== 'IN_PROGRESS')) return null;
  const proposed = request.guidance.find((guidance) => guidance.proposedRefusal)?.proposedRefusal;
  return (
    <CommandDialogButton
      label="resources.dataSubjectRequests.answer.action"
      icon={<AnswerIcon />}
      title="resources.dataSubjectRequests.answer.title"
      explanation={translate(`resources.dataSubjectRequests.answer.${proposed ? 'explanationWithProposal' : 'explanation'}`)}
      command="answerDataSubjectRequest"
      fixed={{ id: request.id }}
      defaultValues={{
        answeredOn: parisToday(),
        channel: request.channel,
        outcome: proposed ? 'PARTLY_GRANTED' : 'GRANTED',
        refusalGround: proposed?.ground ?? null,
        refusalDetail: proposed?.detail ?? null,
        summary: null,
      }}
      done="resources.dataSubjectRequests.answer.done"
    >
      <DateInput source="answeredOn" validate={required()} />
      <SelectInput source="channel" label="resources.dataSubjectRequests.fields.answerChannel" choices={channelChoices} validate={required()} fullWidth />
      <RadioButtonGroupInput source="outcome" choices={outcomeChoices} validate={required()} />
      <RefusalInputs />
      <TextInput source="summary" multiline minRows={3} fullWidth />
    </CommandDialogButton>
  );
};
