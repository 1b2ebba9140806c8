import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { DataSubjectRequestRow } from './data-requests.api';

const nameOf = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/** « Karim Benali, pour Inès Benali (parent) », or the applicant alone when they ask for themself. */
export const PeopleField = (_props: FieldProps) => {
  const request = useRecordContext<DataSubjectRequestRow>();
  const translate = useTranslate();
  if (!request) return null;
  return (
    <Typography component="span" variant="body2">
      {request.relationship === 'SELF'
        ? nameOf(request.applicant)
        : translate('resources.dataSubjectRequests.onBehalfOf', {
            applicant: nameOf(request.applicant),
            subject: nameOf(request.subject),
            relationship: translate(`resources.dataSubjectRequests.relationships.${request.relationship}`),
          })}
    </Typography>
  );
};
