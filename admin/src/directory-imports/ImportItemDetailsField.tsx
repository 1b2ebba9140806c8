import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import { AuditChangesField } from '../audit/AuditChangesField';
import type { ImportItemRecord } from './directoryImports.api';

/** Why a line was rejected (or a school closed, or absent), and the fields it changes, before → after. */
export const ImportItemDetailsField = (_props: FieldProps) => {
  const item = useRecordContext<ImportItemRecord>();
  if (!item) return null;
  return (
    <>
      {item.reason && (
        <Typography variant="body2" component="p">
          {item.reason}
        </Typography>
      )}
      <AuditChangesField source="changes" />
    </>
  );
};
