import type { Actor } from '../audit/audit.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { todayInParis } from '../common/dates.js';
import { firstRow, sqlBuilder } from '../common/sql.js';
import type { EntityManager, Orm } from '../database/orm.js';
import { DomainError } from '../errors.js';
import { contentPath, findFile } from '../files/file-storage.js';
import type { Logger } from '../logger.js';
import { circonscriptionImport } from './circonscription-import.js';
import { resolveColumns, valuesOf, type ColumnIndex } from './csv-columns.rules.js';
import { ImportFileError, inBatches, openCsv, type CsvRow } from './csv-source.js';
import { directorChangeListeners, type DirectorChangeListener } from './director-change.hooks.js';
import { directorImport } from './director-import.js';
import { ImportKind, ImportOutcome, ImportPhase, ImportStatus } from './directory-import.enums.js';
import type { BatchResult, ImportHandler, ItemDraft, Pass, PassProcessor, ValidRow } from './import-pass.js';
import { claimRun, failRun, finishRun, insertItems, loadRun, previousLines, resetReport, saveBatch } from './import-run.store.js';
import type { ImportCounts, ImportRunView } from './import-run.views.js';
import { schoolImport } from './school-import.js';

export interface ImportProgress {
  rowsDone: number;
  bytesDone: number;
  fileSize: number;
}

export interface ImportDeps {
  orm: Orm;
  filesDir: string;
  logger: Logger;
  clock: () => Date;
  /** Director-change listeners; the registered ones by default. */
  listeners?: readonly DirectorChangeListener[];
  /** Called inside each batch's transaction just before it commits (tests fail a batch with it). */
  beforeCommit?: (tx: EntityManager, batch: number) => Promise<void>;
  /** After each committed batch (the command line's progress bar). */
  onProgress?: (progress: ImportProgress) => void;
}

const HANDLERS: Record<ImportKind, ImportHandler<string, { uai: string }>> = {
  [ImportKind.SCHOOLS]: schoolImport,
  [ImportKind.CIRCONSCRIPTIONS]: circonscriptionImport,
  [ImportKind.DIRECTORS]: directorImport,
};

/** One pass of the `directory-import` job: claims the oldest waiting run and takes it to its end. */
export async function processPendingImport(deps: ImportDeps, now: Date): Promise<number> {
  const id = await claimRun(deps.orm.em.fork() as EntityManager, now);
  if (id === undefined) return 0;
  await runClaimedImport(deps, id);
  return 1;
}

/**
 * Runs the pass a claimed run is in. Any failure marks the run FAILED with its cause; the batches
 * committed before it stay, and applying again resumes after the last one. Returns the run as it ends.
 */
export async function runClaimedImport(deps: ImportDeps, runId: number): Promise<ImportRunView> {
  const em = deps.orm.em.fork() as EntityManager;
  try {
    await runPass(deps, em, (await loadRun(em, runId))!);
  } catch (error) {
    const known = error instanceof ImportFileError || error instanceof DomainError;
    if (!known) deps.logger.error({ err: error, importRunId: runId }, 'directory import failed');
    const run = (await loadRun(em, runId))!;
    await failRun(em, runId, known ? (error as Error).message
      : `Erreur interne après la ligne ${run.lastCommittedLine} (lot ${run.batchesCommitted + 1} annulé) : le détail est dans le journal du serveur.`, deps.clock());
  }
  return (await loadRun(em, runId))!;
}

async function actorOf(em: EntityManager, run: ImportRunView, now: Date): Promise<Actor> {
  const user = run.requestedBy === null ? undefined
    : await firstRow<{ id: number; email: string }>(em, sqlBuilder(em).selectFrom('app_user').select(['id', 'email']).where('id', '=', run.requestedBy));
  return { user: user ?? null, requestId: run.requestId, now };
}

async function runPass(deps: ImportDeps, em: EntityManager, run: ImportRunView): Promise<void> {
  const file = await findFile(em, run.fileId);
  if (!file || file.deletedAt) throw new ImportFileError('Le fichier de cet import n’est plus disponible.');
  const csv = await openCsv(contentPath(deps.filesDir, file.sha256));
  let rowsDone: number;
  try {
    rowsDone = await runRows(deps, em, run, csv, file.size);
  } finally {
    await csv.close();
  }
  await finishRun(em, run.id, run.phase === ImportPhase.APPLY ? ImportStatus.APPLIED : ImportStatus.ANALYSED, rowsDone, deps.clock());
}

/** The batches of the file after the last committed one, then those after the file. Returns the rows read. */
async function runRows(deps: ImportDeps, em: EntityManager, run: ImportRunView, csv: { header: string[]; rows: AsyncIterable<CsvRow> }, fileSize: number): Promise<number> {
  const now = deps.clock();
  const handler = HANDLERS[run.kind];
  const columns = resolveColumns(csv.header, handler.columns);
  if (!columns.ok) throw new ImportFileError(`Colonnes manquantes : ${columns.missing.join(', ')}.`);
  const resumeAfter = run.lastCommittedLine;
  if (resumeAfter === 0) await resetReport(em, run.id, csv.header, now);
  const pass: Pass = {
    runId: run.id, applying: run.phase === ImportPhase.APPLY, departments: new Set(run.departments), closeAbsent: run.closeAbsent,
    today: todayInParis(now), actor: await actorOf(em, run, now), listeners: deps.listeners ?? directorChangeListeners,
  };
  const batches = new BatchWriter(deps, em, pass, resumeAfter === 0 ? {} : run.ignoredReasons, run.batchesCommitted, fileSize);
  const processor = handler.open(pass);
  for await (const batch of inBatches(csv.rows, run.batchSize)) {
    const todo = batch.filter((row) => row.line > resumeAfter);
    batches.rowsDone += batch.length - todo.length;
    if (todo.length) await batches.commit({ last: todo.at(-1)!, count: todo.length }, (tx) => decideRows(tx, handler, processor, columns.columns, pass, todo));
  }
  for (let more = !!processor.afterFile; more;) {
    await batches.commit(null, async (tx) => {
      const result = await processor.afterFile!(tx, run.batchSize);
      more = result !== null;
      return result ?? { items: [], ignored: [] };
    });
  }
  return batches.rowsDone;
}

/** Reads a batch's rows, rejects the invalid ones and UAIs seen earlier in the file, hands the rest over. */
async function decideRows(
  tx: EntityManager, handler: ImportHandler<string, { uai: string }>, processor: PassProcessor<{ uai: string }>,
  columns: ColumnIndex<string>, pass: Pass, rows: readonly CsvRow[],
): Promise<BatchResult> {
  const verdicts = rows.map((row) => ({ row, verdict: handler.read(valuesOf(row.values, columns), pass.departments) }));
  const uaiOf = (v: (typeof verdicts)[number]['verdict']) => (v.kind === 'record' ? v.record.uai : v.kind === 'rejected' ? v.uai : undefined);
  const earlier = await previousLines(tx, pass.runId, verdicts.map(({ verdict }) => uaiOf(verdict)).filter((uai): uai is string => !!uai));
  const items: ItemDraft[] = [];
  const ignored: string[] = [];
  const valid: ValidRow<{ uai: string }>[] = [];
  for (const { row, verdict } of verdicts) {
    if (verdict.kind === 'ignored') {
      ignored.push(verdict.reason);
      continue;
    }
    const uai = uaiOf(verdict);
    const seen = uai === undefined ? undefined : earlier.get(uai);
    if (uai !== undefined && seen === undefined) earlier.set(uai, row.line);
    const reason = seen !== undefined ? `UAI ${uai} en double : déjà ligne ${seen}.` : verdict.kind === 'rejected' ? verdict.reason : null;
    if (reason === null) valid.push({ line: row.line, raw: row.values, record: (verdict as { record: { uai: string } }).record });
    else items.push({ line: row.line, targetType: 'School', targetId: uai ?? null, label: null, departmentCode: null, outcome: ImportOutcome.REJECTED, reason, raw: row.values });
  }
  const decided = valid.length ? await processor.process(tx, valid) : { items: [], ignored: [] };
  return { items: [...items, ...decided.items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), ignored: [...ignored, ...decided.ignored] };
}

/** Commits batches: report lines, counters, progress and one audit entry a batch, in one transaction. */
class BatchWriter {
  rowsDone = 0;

  constructor(
    private readonly deps: ImportDeps,
    private readonly em: EntityManager,
    private readonly pass: Pass,
    private ignoredReasons: Record<string, number>,
    private committed: number,
    private readonly fileSize: number,
  ) {}

  /** `rows`: the file rows of the batch (none after the file, where a batch with nothing to report writes nothing). */
  async commit(rows: { last: CsvRow; count: number } | null, decide: (tx: EntityManager) => Promise<BatchResult>): Promise<void> {
    const number = this.committed + 1;
    const last = rows?.last ?? null;
    const { reported, ignoredReasons, rowsDone } = await this.em.transactional(async (tx) => {
      const result = await decide(tx);
      const ignoredReasons = { ...this.ignoredReasons };
      for (const reason of result.ignored) ignoredReasons[reason] = (ignoredReasons[reason] ?? 0) + 1;
      const counts: Partial<ImportCounts> = { IGNORED: result.ignored.length };
      for (const item of result.items) counts[item.outcome] = (counts[item.outcome] ?? 0) + 1;
      const rowsDone = this.rowsDone + (rows?.count ?? 0);
      if (!last && !result.items.length) return { reported: false, ignoredReasons, rowsDone };
      await insertItems(tx, this.pass.runId, result.items);
      if (this.pass.applying) this.audit(tx, number, last, counts);
      await this.deps.beforeCommit?.(tx, number);
      await saveBatch(tx, this.pass.runId, { counts, ignoredReasons, rowsDone, bytesDone: last?.bytes ?? this.fileSize, lastLine: last?.line ?? null }, this.deps.clock());
      return { reported: true, ignoredReasons, rowsDone };
    });
    if (!reported) return;
    this.committed = number;
    this.ignoredReasons = ignoredReasons;
    this.rowsDone = rowsDone;
    this.deps.onProgress?.({ rowsDone, bytesDone: last?.bytes ?? this.fileSize, fileSize: this.fileSize });
  }

  /** One entry a batch with its counts: the report lines hold the detail of each row. */
  private audit(tx: EntityManager, batch: number, last: CsvRow | null, counts: Partial<ImportCounts>): void {
    const created = counts.CREATE ?? 0;
    const updated = counts.UPDATE ?? 0;
    const closed = counts.CLOSE ?? 0;
    if (!created && !updated && !closed) return;
    recordAudit(tx, this.pass.actor, {
      operation: 'applyDirectoryImport', targetType: 'ImportRun', targetId: this.pass.runId,
      changes: { batch: [null, batch], untilLine: [null, last?.line ?? 'écoles absentes'], created: [null, created], updated: [null, updated], closed: [null, closed] },
    });
  }
}
