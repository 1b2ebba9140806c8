import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatDate } from '../format/frenchFormats';
import type { DataBreachRecord } from './data-breaches.api';

/** Where the notification to the CNIL stands, in a list row: done, not required, due before…, overdue (red). */
export const BreachNotificationField = (_props: FieldProps) => {
  const breach = useRecordContext<DataBreachRecord>();
  const translate = useTranslate();
  if (!breach) return null;
  const key = 'resources.dataBreaches.notification';
  if (breach.cnilNotifiedAt) return <span>{translate(`${key}.done`, { at: formatDate(breach.cnilNotifiedAt, { withTime: true }) })}</span>;
  if (!breach.notificationRequired) return <span>{translate(`${key}.notRequired`)}</span>;
  const overdue = Date.parse(breach.notificationDeadline) < Date.now();
  return (
    <Badge as="span" severity={overdue ? 'error' : 'warning'} small>
      {translate(`${key}.${overdue ? 'overdue' : 'due'}`, { deadline: formatDate(breach.notificationDeadline, { withTime: true }) })}
    </Badge>
  );
};
