import { CountTable } from './CountTable';
import type { DirectoryImportRecord } from './directoryImports.api';

/** Why lines were left aside (not a school, a private school, outside the run's départements…), most frequent first. */
export const IgnoredReasons = ({ reasons }: { reasons: DirectoryImportRecord['ignoredReasons'] }) => {
  if (!reasons.length) return null;
  const rows = [...reasons].sort((a, b) => b.count - a.count).map(({ reason, count }) => ({ key: reason, label: reason, count }));
  return <CountTable caption="resources.directoryImports.report.ignored" header="resources.directoryImports.report.reason" rows={rows} />;
};
