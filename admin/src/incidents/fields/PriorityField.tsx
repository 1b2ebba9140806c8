import { useRecordContext, type FieldProps } from 'react-admin';
import type { IncidentRow } from '../incidents.api';
import { PriorityBadge } from './PriorityBadge';

/** The incident's priority as a badge. */
export const PriorityField = (_props: FieldProps) => {
  const incident = useRecordContext<IncidentRow>();
  return incident ? <PriorityBadge priority={incident.priority} /> : null;
};
