import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../format/frenchFormats';
import { CountTable } from './CountTable';
import type { DirectoryImportRecord } from './directoryImports.api';
import { IMPORT_OUTCOMES } from './importEnums';
import { outcomeCount } from './outcomeCount';

/**
 * How many lines of each outcome, every outcome listed (a zero says as much as a count), then the lines
 * left aside. Absent schools left open are explained: closing them is an option of a new import.
 */
export const OutcomeTotals = ({ run }: { run: DirectoryImportRecord }) => {
  const translate = useTranslate();
  const rows = [
    ...IMPORT_OUTCOMES.map((outcome) => ({ key: outcome, label: translate(`resources.directoryImports.totals.${outcome}`), count: outcomeCount(run.counts, outcome) })),
    { key: 'ignored', label: translate('resources.directoryImports.totals.ignored'), count: run.counts.ignored },
  ];
  return (
    <div>
      <CountTable caption="resources.directoryImports.report.totals" header="resources.directoryImports.report.outcome" rows={rows} />
      {run.kind === 'SCHOOLS' && !run.closeAbsent && run.counts.absent > 0 && (
        <Typography variant="body2" component="p" sx={{ mt: 1 }}>
          {translate('resources.directoryImports.report.absentLeftOpen', { smart_count: run.counts.absent, count: formatInteger(run.counts.absent) })}
        </Typography>
      )}
    </div>
  );
};
