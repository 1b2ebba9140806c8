import NotifyIcon from '@mui/icons-material/Campaign';
import { DateTimeInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { CommandDialogButton } from '../actions/CommandDialogButton';
import { formatDate } from '../format/frenchFormats';
import type { DataBreachRecord } from './data-breaches.api';
import { LateReasonInput } from './LateReasonInput';

/** Records the notification to the CNIL (its instant and number); past 72 hours, with the reasons for the delay. */
export const NotifyBreachButton = () => {
  const breach = useRecordContext<DataBreachRecord>();
  const translate = useTranslate();
  if (!breach || breach.cnilNotifiedAt || !breach.notificationRequired) return null;
  return (
    <CommandDialogButton
      label="resources.dataBreaches.notify.action"
      icon={<NotifyIcon />}
      title="resources.dataBreaches.notify.title"
      explanation={translate('resources.dataBreaches.notify.explanation', { deadline: formatDate(breach.notificationDeadline, { withTime: true }) })}
      command="notifyBreach"
      fixed={{ id: breach.id }}
      defaultValues={{ notifiedAt: new Date().toISOString(), cnilReference: null, lateReason: null }}
      done="resources.dataBreaches.notify.done"
    >
      <DateTimeInput source="notifiedAt" label="resources.dataBreaches.fields.cnilNotifiedAt" validate={required()} />
      <TextInput source="cnilReference" fullWidth />
      <LateReasonInput deadline={breach.notificationDeadline} />
    </CommandDialogButton>
  );
};
