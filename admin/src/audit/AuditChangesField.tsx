import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEntryRecord } from './audit.api';
import { RESOURCE_OF_TARGET } from './auditEnums';
import { AuditChangeValue } from './AuditChangeValue';

/** Read by screen readers, not shown: the arrow is read as "becomes". */
const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * Each changed field of an entry: its label (the target resource's), then before → after. Directory
 * imports' report lines have the same shape, and show with it.
 */
export const AuditChangesField = (_props: FieldProps) => {
  const entry = useRecordContext<Pick<AuditEntryRecord, 'id' | 'changes' | 'targetType'>>();
  const translate = useTranslate();
  if (!entry?.changes.length) return null;
  const resource = entry.targetType ? RESOURCE_OF_TARGET[entry.targetType] : undefined;
  const label = (field: string) => translate(`resources.${resource ?? 'audit'}.fields.${field}`, { _: field });
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}>
      {entry.changes.map((change) => (
        <Typography component="li" variant="body2" key={change.field} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
          <strong>{label(change.field)} :</strong>
          <AuditChangeValue field={change.field} json={change.before} />
          <span aria-hidden="true">→</span>
          <Box component="span" sx={visuallyHidden}>
            {translate('resources.audit.becomes')}
          </Box>
          <AuditChangeValue field={change.field} json={change.after} />
        </Typography>
      ))}
    </Box>
  );
};
