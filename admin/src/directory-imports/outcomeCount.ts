import type { ImportOutcome } from '../graphql/generated/graphql';
import type { DirectoryImportRecord } from './directoryImports.api';

const COUNT_OF: Record<ImportOutcome, keyof Omit<DirectoryImportRecord['counts'], 'ignored'>> = {
  CREATE: 'create',
  UPDATE: 'update',
  CLOSE: 'close',
  ABSENT: 'absent',
  UNCHANGED: 'unchanged',
  REJECTED: 'rejected',
};

/** How many report lines of a run have this outcome (the API names its counters in lower case). */
export const outcomeCount = (counts: DirectoryImportRecord['counts'], outcome: ImportOutcome): number => counts[COUNT_OF[outcome]];
