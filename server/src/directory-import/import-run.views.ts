import { toBool, toInstant, toInt } from '../common/sql.js';
import { ImportOutcome, type ImportKind, type ImportPhase, type ImportStatus } from './directory-import.enums.js';

/** How many report lines of each outcome, and rows ignored. */
export type ImportCounts = Record<ImportOutcome, number> & { IGNORED: number };

/** Read model of an import run, shaped like the `DirectoryImport` GraphQL type. */
export interface ImportRunView {
  id: number;
  kind: ImportKind;
  phase: ImportPhase;
  status: ImportStatus;
  allDepartments: boolean;
  closeAbsent: boolean;
  departments: string[];
  fileId: number;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  header: string[] | null;
  requestedBy: number | null;
  requestId: string | null;
  batchSize: number;
  totalRows: number | null;
  rowsDone: number;
  bytesDone: number;
  lastCommittedLine: number;
  batchesCommitted: number;
  counts: ImportCounts;
  ignoredReasons: Record<string, number>;
  error: string | null;
  claimedUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** The counter column of each outcome. */
export const COUNT_COLUMNS: Record<keyof ImportCounts, string> = {
  [ImportOutcome.CREATE]: 'count_create',
  [ImportOutcome.UPDATE]: 'count_update',
  [ImportOutcome.CLOSE]: 'count_close',
  [ImportOutcome.UNCHANGED]: 'count_unchanged',
  [ImportOutcome.REJECTED]: 'count_rejected',
  [ImportOutcome.ABSENT]: 'count_absent',
  IGNORED: 'count_ignored',
};

export const importRunColumns = (r: string) => [
  `${r}.id as id`, `${r}.kind as kind`, `${r}.phase as phase`, `${r}.status as status`, `${r}.all_departments as allDepartments`,
  `${r}.close_absent as closeAbsent`, `${r}.departments as departments`, `${r}.file_id as fileId`, `${r}.file_name as fileName`,
  `${r}.file_sha256 as fileSha256`, `${r}.file_size as fileSize`, `${r}.header as header`, `${r}.requested_by as requestedBy`,
  `${r}.request_id as requestId`, `${r}.batch_size as batchSize`, `${r}.total_rows as totalRows`, `${r}.rows_done as rowsDone`,
  `${r}.bytes_done as bytesDone`, `${r}.last_committed_line as lastCommittedLine`, `${r}.batches_committed as batchesCommitted`,
  ...Object.entries(COUNT_COLUMNS).map(([outcome, column]) => `${r}.${column} as count$${outcome}`),
  `${r}.ignored_reasons as ignoredReasons`, `${r}.error as error`, `${r}.claimed_until as claimedUntil`,
  `${r}.created_at as createdAt`, `${r}.updated_at as updatedAt`, `${r}.finished_at as finishedAt`,
];

const json = <T>(value: unknown, empty: T): T => (typeof value === 'string' && value ? (JSON.parse(value) as T) : empty);

export function importRunView(row: Record<string, unknown>): ImportRunView {
  return {
    id: toInt(row.id),
    kind: row.kind as ImportKind,
    phase: row.phase as ImportPhase,
    status: row.status as ImportStatus,
    allDepartments: toBool(row.allDepartments),
    closeAbsent: toBool(row.closeAbsent),
    departments: json(row.departments, []),
    fileId: toInt(row.fileId),
    fileName: row.fileName as string,
    fileSha256: row.fileSha256 as string,
    fileSize: toInt(row.fileSize),
    header: json<string[] | null>(row.header, null),
    requestedBy: row.requestedBy == null ? null : toInt(row.requestedBy),
    requestId: (row.requestId as string | null) ?? null,
    batchSize: toInt(row.batchSize),
    totalRows: row.totalRows == null ? null : toInt(row.totalRows),
    rowsDone: toInt(row.rowsDone),
    bytesDone: toInt(row.bytesDone),
    lastCommittedLine: toInt(row.lastCommittedLine),
    batchesCommitted: toInt(row.batchesCommitted),
    counts: Object.fromEntries(Object.keys(COUNT_COLUMNS).map((outcome) => [outcome, toInt(row[`count$${outcome}`])])) as ImportCounts,
    ignoredReasons: json(row.ignoredReasons, {}),
    error: (row.error as string | null) ?? null,
    claimedUntil: toInstant(row.claimedUntil),
    createdAt: toInstant(row.createdAt)!,
    updatedAt: toInstant(row.updatedAt)!,
    finishedAt: toInstant(row.finishedAt),
  };
}

/** Read model of a report line. */
export interface ImportItemView {
  id: number;
  line: number | null;
  targetType: string;
  targetId: string | null;
  label: string | null;
  departmentCode: string | null;
  outcome: ImportOutcome;
  changes: string | null;
  reason: string | null;
}

export const importItemColumns = (i: string) => [
  `${i}.id as id`, `${i}.line as line`, `${i}.target_type as targetType`, `${i}.target_id as targetId`, `${i}.label as label`,
  `${i}.department_code as departmentCode`, `${i}.outcome as outcome`, `${i}.changes as changes`, `${i}.reason as reason`,
];

export const importItemView = (row: Record<string, unknown>): ImportItemView => ({
  ...(row as unknown as ImportItemView), id: toInt(row.id), line: row.line == null ? null : toInt(row.line),
});
