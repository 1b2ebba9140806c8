import { useTranslate } from 'react-admin';
import { formatInteger } from '../format/frenchFormats';
import { AnnouncedProgress } from './AnnouncedProgress';
import type { DirectoryImportRecord } from './directoryImports.api';

/**
 * The pass a worker is running: rows done of the file's (known once a first pass has counted them; the
 * percentage is by bytes read before) and batches committed, each in its own transaction. A waiting run
 * shows none: its figures are still those of its last pass.
 */
export const ImportRunProgress = ({ run }: { run: DirectoryImportRecord }) => {
  const translate = useTranslate();
  const { rowsDone, totalRows, percent, batchesCommitted } = run.progress;
  const rows =
    totalRows === null
      ? translate('resources.directoryImports.progress.rowsRead', { smart_count: rowsDone, done: formatInteger(rowsDone) })
      : translate('resources.directoryImports.progress.rows', { smart_count: rowsDone, done: formatInteger(rowsDone), total: formatInteger(totalRows) });
  const batches = translate('resources.directoryImports.progress.batches', { smart_count: batchesCommitted, count: formatInteger(batchesCommitted) });
  return <AnnouncedProgress label={translate(`resources.directoryImports.states.${run.phase}.${run.status}`)} percent={percent} detail={`${rows} · ${batches}`} />;
};
