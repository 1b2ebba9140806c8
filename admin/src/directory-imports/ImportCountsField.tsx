import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { DirectoryImportRecord } from './directoryImports.api';
import { describeCounts } from './describeCounts';
import { IMPORT_OUTCOMES } from './importEnums';
import { isInProgress } from './importPolling';

/** The report in one line (« 5 créations, 1 modification, 7 rejets »): the outcomes that happened. */
export const ImportCountsField = (_props: FieldProps) => {
  const run = useRecordContext<DirectoryImportRecord>();
  const translate = useTranslate();
  // A run being processed has partial counts, or those of its dry run until its apply starts over.
  if (!run || isInProgress(run.status)) return null;
  return <>{describeCounts(run.counts, IMPORT_OUTCOMES, translate)}</>;
};
