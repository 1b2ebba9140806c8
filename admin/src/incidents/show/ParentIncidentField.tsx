import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { RecordLink } from '../../fields/RecordLink';
import type { IncidentRecord } from '../incidents.api';

/** The major incident this one is part of, linked to its page. */
export const ParentIncidentField = (_props: FieldProps) => {
  const incident = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!incident?.parent) return null;
  return (
    <Typography component="span" variant="body2">
      {translate('resources.incidents.major.childOf', { reference: incident.parent.reference })}{' '}
      <RecordLink resource="incidents" id={incident.parent.id}>
        {incident.parent.reference} — {incident.parent.title}
      </RecordLink>
    </Typography>
  );
};
