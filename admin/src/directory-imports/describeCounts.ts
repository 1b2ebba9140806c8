import type { TranslateFunction } from 'react-admin';
import { formatInteger } from '../format/frenchFormats';
import type { ImportOutcome } from '../graphql/generated/graphql';
import type { DirectoryImportRecord } from './directoryImports.api';
import { outcomeCount } from './outcomeCount';

/** « 5 créations, 1 modification »: the outcomes among `outcomes` that have lines; empty when none has. */
export function describeCounts(counts: DirectoryImportRecord['counts'], outcomes: readonly ImportOutcome[], translate: TranslateFunction): string {
  return outcomes
    .filter((outcome) => outcomeCount(counts, outcome) > 0)
    .map((outcome) => {
      const count = outcomeCount(counts, outcome);
      return translate(`resources.directoryImports.counts.${outcome}`, { smart_count: count, count: formatInteger(count) });
    })
    .join(', ');
}
