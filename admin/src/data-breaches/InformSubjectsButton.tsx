import InformIcon from '@mui/icons-material/ForwardToInbox';
import { DateInput, required, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialogButton } from '../actions/CommandDialogButton';
import { parisToday } from '../format/parisDays';
import type { DataBreachRecord } from './data-breaches.api';

/** Records the day the people concerned were told (Art. 34: required for a high risk). */
export const InformSubjectsButton = () => {
  const breach = useRecordContext<DataBreachRecord>();
  const translate = useTranslate();
  if (!breach || breach.peopleInformedOn) return null;
  return (
    <CommandDialogButton
      label="resources.dataBreaches.inform.action"
      icon={<InformIcon />}
      title="resources.dataBreaches.inform.title"
      explanation={translate('resources.dataBreaches.inform.explanation')}
      command="informBreachSubjects"
      fixed={{ id: breach.id }}
      defaultValues={{ informedOn: parisToday() }}
      done="resources.dataBreaches.inform.done"
    >
      <DateInput source="informedOn" label="resources.dataBreaches.fields.peopleInformedOn" validate={required()} />
    </CommandDialogButton>
  );
};
