import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { RecordLink } from '../../fields/RecordLink';
import type { IncidentRow } from '../incidents.api';

/** What the incident concerns: a school or a commune's space (linked to its page), or the whole platform. */
export const IncidentScopeField = (_props: FieldProps) => {
  const incident = useRecordContext<IncidentRow>();
  const translate = useTranslate();
  if (!incident) return null;
  if (incident.school) {
    return (
      <RecordLink resource="schools" id={incident.school.uai}>
        {incident.school.name} ({incident.school.uai})
      </RecordLink>
    );
  }
  if (incident.commune) {
    return (
      <RecordLink resource="communes" id={incident.commune.inseeCode}>
        {translate('resources.incidents.communeSpace', { name: incident.commune.name })}
      </RecordLink>
    );
  }
  return (
    <Typography component="span" variant="body2">
      {translate('resources.incidents.scopes.PLATFORM')}
    </Typography>
  );
};
