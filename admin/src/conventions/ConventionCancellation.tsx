import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../format/frenchFormats';
import type { ConventionDetailsRecord } from './conventions.api';

/** Why and when a cancelled convention was cancelled; nothing for the others. */
export const ConventionCancellation = (_props: { label?: string | false }) => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  const translate = useTranslate();
  if (!convention?.cancelledOn) return null;
  return (
    <Alert severity="info">
      {translate('resources.conventions.cancelledOn', { date: formatDate(convention.cancelledOn), reason: convention.cancellationReason ?? '' })}
    </Alert>
  );
};
