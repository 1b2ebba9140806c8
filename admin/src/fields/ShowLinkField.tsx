import { useFieldValue, useRecordContext, useResourceContext, type FieldProps } from 'react-admin';
import { RecordLink } from './RecordLink';

/**
 * The field's value as a link to the record's own page: list rows are clickable with a mouse, and this
 * gives keyboard and screen reader users a real link to follow.
 */
export const ShowLinkField = ({ source }: FieldProps) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const value: unknown = useFieldValue({ source });
  if (!record || !resource) return null;
  return (
    <RecordLink resource={resource} id={record.id}>
      {String(value ?? record.id)}
    </RecordLink>
  );
};
