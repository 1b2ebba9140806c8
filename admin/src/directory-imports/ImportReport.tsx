import { Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { PageSection } from '../layout/PageSection';
import type { DirectoryImportRecord } from './directoryImports.api';
import { IgnoredReasons } from './IgnoredReasons';
import { ImportItemList } from './ImportItemList';
import { isInProgress } from './importPolling';
import { OutcomeTotals } from './OutcomeTotals';
import { RejectedRowsDownload } from './RejectedRowsDownload';

/**
 * The report of the last pass that ended: of the dry run (what applying would do) or of the apply (what
 * was done, recomputed against the base of the day). Hidden while a pass runs: its figures are partial.
 */
export const ImportReport = () => {
  const run = useRecordContext<DirectoryImportRecord>();
  const translate = useTranslate();
  const itemsHeadingId = useId();
  if (!run || isInProgress(run.status)) return null;
  return (
    <PageSection title={`resources.directoryImports.report.title.${run.phase}`}>
      <Stack spacing={3}>
        <OutcomeTotals run={run} />
        <IgnoredReasons reasons={run.ignoredReasons} />
        {run.rejectedRowsUrl && <RejectedRowsDownload url={run.rejectedRowsUrl} rejected={run.counts.rejected} />}
        <section aria-labelledby={itemsHeadingId}>
          <Typography id={itemsHeadingId} variant="subtitle1" component="h3" gutterBottom>
            {translate('resources.directoryImports.report.items')}
          </Typography>
          <ImportItemList runId={run.id} />
        </section>
      </Stack>
    </PageSection>
  );
};
