import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { IncidentRow } from '../incidents.api';

/** The agent the incident is given to, or « Non attribué » (said, not left blank: it is a state to act on). */
export const AssigneeField = (_props: FieldProps) => {
  const incident = useRecordContext<IncidentRow>();
  const translate = useTranslate();
  if (!incident) return null;
  return (
    <Typography component="span" variant="body2">
      {incident.assignee?.displayName ?? translate('resources.incidents.unassigned')}
    </Typography>
  );
};
