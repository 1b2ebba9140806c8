import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ConventionStatus } from '../graphql/generated/graphql';

const COLORS: Record<ConventionStatus, ChipProps['color']> = {
  DRAFT: 'default',
  SENT: 'info',
  DELIBERATED: 'warning',
  SIGNED: 'success',
  EXPIRED: 'default',
  CANCELLED: 'error',
};

/** The convention's status in words (« Délibérée »), its colour only a reminder of it. */
export const ConventionStatusField = (_props: FieldProps) => {
  const record = useRecordContext<{ status: ConventionStatus }>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" variant="outlined" color={COLORS[record.status]} label={translate(`resources.conventions.statuses.${record.status}`)} />;
};
