import { useRecordContext, type FieldProps } from 'react-admin';
import { RecordLink } from '../../fields/RecordLink';
import type { IncidentRow } from '../incidents.api';

/**
 * The reference, linked to the incident's page: rows are clickable with a mouse, this is the keyboard's
 * and screen readers' way in. Always to `incidents`, whichever list (the queue is a resource of its own).
 */
export const IncidentLinkField = (_props: FieldProps) => {
  const incident = useRecordContext<IncidentRow>();
  if (!incident) return null;
  return (
    <RecordLink resource="incidents" id={incident.id}>
      {incident.reference}
    </RecordLink>
  );
};
