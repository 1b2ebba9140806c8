import { useRecordContext, type FieldProps } from 'react-admin';
import type { Grant } from '../auth/permissions';
import { GrantList } from './GrantList';

/** The record's `grants`, in words (its `source` names the column). */
export const GrantsField = (_props: FieldProps) => {
  const record = useRecordContext<{ id: string; grants: Grant[] }>();
  return record ? <GrantList grants={record.grants} /> : null;
};
