import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { DataSubjectRequestRow } from './data-requests.api';

/** The rights exercised, in words, comma-separated. */
export const RightsField = (_props: FieldProps) => {
  const request = useRecordContext<DataSubjectRequestRow>();
  const translate = useTranslate();
  if (!request) return null;
  return (
    <Typography component="span" variant="body2">
      {request.rights.map((right) => translate(`resources.dataSubjectRequests.rights.${right}`)).join(', ')}
    </Typography>
  );
};
