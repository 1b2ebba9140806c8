import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslate } from 'react-admin';
import { describeDaysLeft, type DueUrgency } from './daysLeft';

const SEVERITY = { overdue: 'error', soon: 'warning', later: 'info', none: undefined } as const satisfies Record<DueUrgency, string | undefined>;

/** « Dans 5 jours », « Aujourd’hui », « En retard de 3 jours » (red): words first, colour second. */
export const DaysLeftBadge = ({ daysLeft, small = true }: { daysLeft: number | null; small?: boolean }) => {
  const translate = useTranslate();
  const { message, urgency } = describeDaysLeft(daysLeft);
  const [key, options] = message;
  return (
    <Badge as="span" severity={SEVERITY[urgency]} small={small} noIcon={urgency === 'none'}>
      {translate(key, options)}
    </Badge>
  );
};
