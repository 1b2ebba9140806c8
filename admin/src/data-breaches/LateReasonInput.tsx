import { required, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { instant } from './data-breaches.api';

/**
 * The reasons for the delay, asked for when the notification is dated after the 72 hours (GDPR
 * Art. 33(1)); the server checks it too, and its refusal shows here.
 */
export const LateReasonInput = ({ deadline }: { deadline: string }) => {
  const notifiedAt = instant(useWatch({ name: 'notifiedAt' }));
  if (!notifiedAt || Date.parse(notifiedAt) <= Date.parse(deadline)) return null;
  return <TextInput source="lateReason" multiline minRows={3} validate={required()} fullWidth helperText="resources.dataBreaches.notify.lateReasonHint" />;
};
