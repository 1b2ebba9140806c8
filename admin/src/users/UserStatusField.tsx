import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { UserRecord } from './users.api';

/** « Actif » or « Désactivé », in words rather than an icon. */
export const UserStatusField = (_props: FieldProps) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.active ? 'success' : 'default'}
      label={translate(record.active ? 'resources.users.status.active' : 'resources.users.status.inactive')}
    />
  );
};
