import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { EntityManager } from '../database/orm.js';
import { execute, firstRow, rows, sqlBuilder, type Eb } from '../common/sql.js';
import { ImportPhase, ImportStatus, type ImportKind } from './directory-import.enums.js';
import type { ItemDraft } from './import-pass.js';
import { COUNT_COLUMNS, importRunColumns, importRunView, type ImportCounts, type ImportRunView } from './import-run.views.js';

/** How long a worker owns a run without news from it; every committed batch extends the claim. */
export const CLAIM_MS = 2 * 60_000;
const ITEMS_PER_INSERT = 500;

export async function loadRun(em: EntityManager, id: number): Promise<ImportRunView | undefined> {
  const row = await firstRow<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('import_run as r').select(importRunColumns('r')).where('r.id', '=', id));
  return row && importRunView(row);
}

export interface NewRun {
  kind: ImportKind;
  phase: ImportPhase;
  allDepartments: boolean;
  closeAbsent: boolean;
  departments: readonly string[];
  file: { id: number; name: string; sha256: string; size: number };
  requestedBy: number | null;
  requestId: string | null;
  batchSize: number;
  /** The command line works on its run at once: created claimed, so that no server job takes it. */
  claimed: boolean;
}

export async function insertRun(em: EntityManager, run: NewRun, now: Date): Promise<number> {
  const [created] = await rows<{ id: number }>(em, sqlBuilder(em).insertInto('import_run').values({
    kind: run.kind, phase: run.phase, status: run.claimed ? ImportStatus.RUNNING : ImportStatus.PENDING,
    all_departments: run.allDepartments, close_absent: run.closeAbsent, departments: JSON.stringify(run.departments),
    file_id: run.file.id, file_name: run.file.name, file_sha256: run.file.sha256, file_size: run.file.size,
    requested_by: run.requestedBy, request_id: run.requestId, batch_size: run.batchSize,
    claimed_until: run.claimed ? new Date(now.getTime() + CLAIM_MS) : null, created_at: now, updated_at: now,
  }).returning('id'));
  return Number(created!.id);
}

/**
 * Claims in one statement the oldest run waiting for a worker, or one whose worker stopped sending news
 * (`… for update skip locked` on PostgreSQL, so two instances never take the same run; SQLite has a
 * single writer). Or a given run, for the command line.
 */
export async function claimRun(em: EntityManager, now: Date, id?: number): Promise<number | undefined> {
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  const [claimed] = await rows<{ id: number }>(em, sqlBuilder(em).updateTable('import_run')
    .set({ status: ImportStatus.RUNNING, claimed_until: new Date(now.getTime() + CLAIM_MS), updated_at: now, error: null, finished_at: null })
    .where('id', 'in', (eb: Eb) => {
      let due = eb.selectFrom('import_run').select('id')
        .where((w: Eb) => w.or([w('status', '=', ImportStatus.PENDING), w.and([w('status', '=', ImportStatus.RUNNING), w('claimed_until', '<', now)])]));
      if (id !== undefined) due = due.where('id', '=', id);
      due = due.orderBy('id').limit(1);
      return postgres ? due.forUpdate().skipLocked() : due;
    })
    .returning('id'));
  return claimed && Number(claimed.id);
}

/**
 * Queues a run for its apply, if it is still in the status it was read in; `fromStart` forgets the last
 * pass's progress (its report is emptied when the pass starts); `claimed` (the command line) takes it at
 * once. Returns false when someone was quicker.
 */
export async function queueApply(
  em: EntityManager, id: number, change: { expected: ImportStatus; fromStart: boolean; requestId: string | null; claimed: boolean }, now: Date,
): Promise<boolean> {
  const { affected } = await execute(em, sqlBuilder(em).updateTable('import_run').set({
    phase: ImportPhase.APPLY, status: change.claimed ? ImportStatus.RUNNING : ImportStatus.PENDING, request_id: change.requestId,
    claimed_until: change.claimed ? new Date(now.getTime() + CLAIM_MS) : null, updated_at: now, error: null, finished_at: null,
    ...(change.fromStart ? { last_committed_line: 0, batches_committed: 0 } : {}),
  }).where('id', '=', id).where('status', '=', change.expected));
  return affected > 0;
}

/** A pass that starts from the first row: empties the report of the previous one. */
export async function resetReport(em: EntityManager, runId: number, header: readonly string[], now: Date): Promise<void> {
  await em.transactional(async (tx) => {
    await execute(tx, sqlBuilder(tx).deleteFrom('import_run_item').where('run_id', '=', runId));
    await execute(tx, sqlBuilder(tx).updateTable('import_run').set({
      ...Object.fromEntries(Object.values(COUNT_COLUMNS).map((column) => [column, 0])),
      ignored_reasons: null, rows_done: 0, bytes_done: 0, last_committed_line: 0, batches_committed: 0, header: JSON.stringify(header), updated_at: now,
    }).where('id', '=', runId));
  });
}

/** Lines where these UAIs already appeared in this run (committed batches): duplicates in the file. */
export async function previousLines(tx: EntityManager, runId: number, uais: readonly string[]): Promise<Map<string, number>> {
  if (!uais.length) return new Map();
  const found = await rows<{ uai: string; line: number }>(tx, sqlBuilder(tx).selectFrom('import_run_item').select(['target_id as uai', 'line'])
    .where('run_id', '=', runId).where('target_type', '=', 'School').where('line', 'is not', null).where('target_id', 'in', uais));
  return new Map(found.map((row) => [row.uai, Number(row.line)]));
}

export async function insertItems(tx: EntityManager, runId: number, items: readonly ItemDraft[]): Promise<void> {
  for (let i = 0; i < items.length; i += ITEMS_PER_INSERT) {
    await execute(tx, sqlBuilder(tx).insertInto('import_run_item').values(items.slice(i, i + ITEMS_PER_INSERT).map((item) => ({
      run_id: runId, line: item.line, target_type: item.targetType, target_id: item.targetId, label: item.label?.slice(0, 200) ?? null,
      department_code: item.departmentCode, outcome: item.outcome, reason: item.reason?.slice(0, 300) ?? null,
      changes: item.changes && Object.keys(item.changes).length ? JSON.stringify(item.changes) : null,
      raw: item.raw ? JSON.stringify(item.raw) : null,
    }))));
  }
}

export interface BatchProgress {
  counts: Partial<ImportCounts>;
  ignoredReasons: Record<string, number>;
  rowsDone: number;
  bytesDone: number;
  /** The batch's last line; null for the batches after the file (absent schools). */
  lastLine: number | null;
}

/** Written in the batch's transaction: the counters always match the committed report. */
export async function saveBatch(tx: EntityManager, runId: number, progress: BatchProgress, now: Date): Promise<void> {
  const increments = Object.entries(progress.counts)
    .filter(([, delta]) => delta)
    .map(([outcome, delta]) => [COUNT_COLUMNS[outcome as keyof ImportCounts], sql`${sql.ref(COUNT_COLUMNS[outcome as keyof ImportCounts])} + ${delta}`]);
  await execute(tx, sqlBuilder(tx).updateTable('import_run').set({
    ...Object.fromEntries(increments),
    ignored_reasons: Object.keys(progress.ignoredReasons).length ? JSON.stringify(progress.ignoredReasons) : null,
    rows_done: progress.rowsDone, bytes_done: progress.bytesDone,
    ...(progress.lastLine !== null ? { last_committed_line: progress.lastLine } : {}),
    batches_committed: sql`batches_committed + 1`,
    claimed_until: new Date(now.getTime() + CLAIM_MS), updated_at: now,
  }).where('id', '=', runId));
}

export async function finishRun(em: EntityManager, runId: number, status: ImportStatus, totalRows: number, now: Date): Promise<void> {
  await execute(em, sqlBuilder(em).updateTable('import_run').set({
    status, total_rows: totalRows, rows_done: totalRows, claimed_until: null, finished_at: now, updated_at: now,
  }).where('id', '=', runId));
}

export async function failRun(em: EntityManager, runId: number, message: string, now: Date): Promise<void> {
  await execute(em, sqlBuilder(em).updateTable('import_run').set({
    status: ImportStatus.FAILED, error: message.slice(0, 1000), claimed_until: null, finished_at: now, updated_at: now,
  }).where('id', '=', runId));
}
