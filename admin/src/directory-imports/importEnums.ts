import type { ImportKind, ImportOutcome, ImportStatus } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

export const IMPORT_KINDS = everyValueOf<ImportKind>()(['SCHOOLS', 'CIRCONSCRIPTIONS', 'DIRECTORS']);
export const IMPORT_STATUSES = everyValueOf<ImportStatus>()(['PENDING', 'RUNNING', 'ANALYSED', 'APPLIED', 'FAILED']);
/** In the order the report lists them: what changes first, then what does not, then what went wrong. */
export const IMPORT_OUTCOMES = everyValueOf<ImportOutcome>()(['CREATE', 'UPDATE', 'CLOSE', 'ABSENT', 'UNCHANGED', 'REJECTED']);

/** Select choices whose labels are i18n keys (`resources.directoryImports.kinds.SCHOOLS`…). */
const choicesOf = (values: readonly string[], group: string) =>
  values.map((value) => ({ id: value, name: `resources.directoryImports.${group}.${value}` }));

export const importKindChoices = choicesOf(IMPORT_KINDS, 'kinds');
export const importStatusChoices = choicesOf(IMPORT_STATUSES, 'statuses');
export const importOutcomeChoices = choicesOf(IMPORT_OUTCOMES, 'outcomes');
