import { Typography } from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { RecordLink } from '../fields/RecordLink';
import type { AuditEntryRecord } from './audit.api';
import { RESOURCE_OF_TARGET } from './auditEnums';

/** What the entry is about (« École 0340711N »), linked to its page when the user may open it. */
export const AuditTargetField = (_props: FieldProps) => {
  const entry = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  const resource = entry?.targetType ? RESOURCE_OF_TARGET[entry.targetType] : undefined;
  const { canAccess } = useCanAccess({ resource: resource ?? '', action: 'show', enabled: resource !== undefined });
  if (!entry?.targetType) return null;
  const text = `${translate(`resources.audit.targetTypes.${entry.targetType}`, { _: entry.targetType })} ${entry.targetId ?? ''}`.trim();
  return (
    <Typography component="span" variant="body2">
      {resource && canAccess && entry.targetId ? (
        <RecordLink resource={resource} id={entry.targetId}>
          {text}
        </RecordLink>
      ) : (
        text
      )}
    </Typography>
  );
};
