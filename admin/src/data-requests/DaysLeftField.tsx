import { useRecordContext, type FieldProps } from 'react-admin';
import type { DataSubjectRequestRow } from './data-requests.api';
import { DaysLeftBadge } from './DaysLeftBadge';

/** The request's days left as a badge (a list column: sorted by due date). */
export const DaysLeftField = (_props: FieldProps) => {
  const request = useRecordContext<DataSubjectRequestRow>();
  return request ? <DaysLeftBadge daysLeft={request.daysLeft} /> : null;
};
