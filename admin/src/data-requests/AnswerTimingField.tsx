import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { DataSubjectRequestRecord } from './data-requests.api';

/** Whether the first answer came in time: fixed for ever once given (a reopened request keeps it). */
export const AnswerTimingField = (_props: FieldProps) => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  const translate = useTranslate();
  if (request?.answeredLate == null) return null;
  return (
    <Badge as="span" severity={request.answeredLate ? 'error' : 'success'} small>
      {translate(`resources.dataSubjectRequests.timing.${request.answeredLate ? 'late' : 'onTime'}`)}
    </Badge>
  );
};
