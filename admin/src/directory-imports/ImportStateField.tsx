import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ImportStatus } from '../graphql/generated/graphql';
import type { DirectoryImportRecord } from './directoryImports.api';

const SEVERITY: Record<ImportStatus, AlertProps.Severity | 'new'> = {
  PENDING: 'info',
  RUNNING: 'info',
  ANALYSED: 'new',
  APPLIED: 'success',
  FAILED: 'error',
};

/** Where the run stands, in words that say which pass (« Simulation en cours », « Application interrompue »). */
export const ImportStateField = (_props: FieldProps) => {
  const run = useRecordContext<DirectoryImportRecord>();
  const translate = useTranslate();
  if (!run) return null;
  return (
    <Badge as="span" small severity={SEVERITY[run.status]}>
      {translate(`resources.directoryImports.states.${run.phase}.${run.status}`)}
    </Badge>
  );
};
