import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import type { DataSubjectRequestRecord } from './data-requests.api';

/** A person of the request (`source`: applicant or subject): name, e-mail, postal address on their own lines. */
export const PersonDetailsField = ({ source }: FieldProps & { source: 'applicant' | 'subject' }) => {
  const request = useRecordContext<DataSubjectRequestRecord>();
  if (!request) return null;
  const person = request[source];
  return (
    <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-line' }}>
      {[`${person.firstName} ${person.lastName}`, person.email, person.postalAddress].filter(Boolean).join('\n')}
    </Typography>
  );
};
