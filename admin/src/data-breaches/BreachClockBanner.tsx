import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats';
import { breachClock } from './breachClock';
import type { DataBreachRecord } from './data-breaches.api';
import { useNow } from './useNow';

const MINUTE_MS = 60_000;

/**
 * The CNIL's 72 hours, live: hours and minutes left before the deadline, ticking every minute, red once
 * past (the notification then needs its reasons for the delay). A `timer`, not an alert: screen readers
 * do not announce every tick.
 */
export const BreachClockBanner = () => {
  const breach = useRecordContext<DataBreachRecord>();
  const translate = useTranslate();
  const now = useNow(MINUTE_MS);
  if (!breach) return null;
  const clock = breachClock(breach, now);
  const key = 'resources.dataBreaches.clock';
  const at = (instant: string | null) => (instant ? formatDate(instant, { withTime: true }) : '');
  const alert =
    clock.state === 'notified'
      ? {
          severity: 'success' as const,
          title: translate(`${key}.notified`, { at: at(breach.cnilNotifiedAt) }),
          description: breach.notifiedLate ? translate(`${key}.notifiedLate`) : undefined,
        }
      : clock.state === 'notRequired'
        ? { severity: 'info' as const, title: translate(`${key}.notRequired`), description: translate(`${key}.notRequiredDetail`) }
        : {
            severity: clock.state === 'overdue' ? ('error' as const) : ('warning' as const),
            title: translate(`${key}.${clock.state}`, { hours: clock.hours, minutes: String(clock.minutes).padStart(2, '0') }),
            description: translate(`${key}.deadline`, { deadline: at(breach.notificationDeadline) }),
          };
  return (
    <div role="timer" className="fr-mb-2w">
      <Alert as="h2" role={undefined} {...alert} />
    </div>
  );
};
