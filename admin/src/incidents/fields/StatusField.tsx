import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { IncidentStatus } from '../../graphql/generated/graphql';
import type { IncidentRow } from '../incidents.api';

const SEVERITY: Record<IncidentStatus, 'new' | 'info' | 'warning' | 'success' | undefined> = {
  NEW: 'new',
  ASSIGNED: 'info',
  IN_PROGRESS: 'info',
  PENDING: 'warning',
  RESOLVED: 'success',
  CLOSED: undefined,
};

/** The incident's status in words, as a DSFR badge. */
export const StatusField = (_props: FieldProps) => {
  const incident = useRecordContext<IncidentRow>();
  const translate = useTranslate();
  if (!incident) return null;
  return (
    <Badge as="span" severity={SEVERITY[incident.status]} small noIcon>
      {translate(`resources.incidents.statuses.${incident.status}`)}
    </Badge>
  );
};
