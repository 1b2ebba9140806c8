import type { SchoolKind, SchoolSector, SchoolStatus } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

export const SCHOOL_KINDS = everyValueOf<SchoolKind>()(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE']);
export const SCHOOL_SECTORS = everyValueOf<SchoolSector>()(['PUBLIC', 'PRIVATE']);
export const SCHOOL_STATUSES = everyValueOf<SchoolStatus>()(['OPEN', 'CLOSED']);

/** Select choices whose labels are i18n keys (`resources.schools.kinds.MATERNELLE`…). */
const choicesOf = (values: readonly string[], group: string) =>
  values.map((value) => ({ id: value, name: `resources.schools.${group}.${value}` }));

export const schoolKindChoices = choicesOf(SCHOOL_KINDS, 'kinds');
export const schoolSectorChoices = choicesOf(SCHOOL_SECTORS, 'sectors');
export const schoolStatusChoices = choicesOf(SCHOOL_STATUSES, 'statuses');
