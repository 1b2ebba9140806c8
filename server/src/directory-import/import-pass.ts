import type { Actor, Changes } from '../audit/audit.service.js';
import type { EntityManager } from '../database/orm.js';
import type { ColumnSpec, RowValues } from './csv-columns.rules.js';
import type { DirectorChangeListener } from './director-change.hooks.js';
import type { ImportOutcome } from './directory-import.enums.js';
import type { RowVerdict } from './school-row.rules.js';

/** One pass over a file (dry run or apply), as the kinds of import see it. */
export interface Pass {
  runId: number;
  /** False in a dry run: decide and report, write nothing but the report. */
  applying: boolean;
  /** Départements the run may touch. */
  departments: ReadonlySet<string>;
  closeAbsent: boolean;
  /** Closing date of the schools closed by this pass (Europe/Paris). */
  today: string;
  actor: Actor;
  listeners: readonly DirectorChangeListener[];
}

/** A line of the report, before it is written. */
export interface ItemDraft {
  line: number | null;
  targetType: 'School' | 'Circonscription';
  targetId: string | null;
  label: string | null;
  departmentCode: string | null;
  outcome: ImportOutcome;
  changes?: Changes | null;
  reason?: string | null;
  raw?: readonly string[] | null;
}

export interface ValidRow<R> {
  line: number;
  raw: readonly string[];
  record: R;
}

export interface BatchResult {
  items: ItemDraft[];
  /** Reasons of rows left aside by the database checks (one entry a row). */
  ignored: string[];
}

/** Decides (and when applying, writes) a batch inside its transaction; state lives for one pass. */
export interface PassProcessor<R> {
  process(tx: EntityManager, rows: ValidRow<R>[]): Promise<BatchResult>;
  /** After the last row, one batch at a time until it returns null (schools absent from the file). */
  afterFile?(tx: EntityManager, limit: number): Promise<BatchResult | null>;
}

/** A kind of file: its columns, its row rules (pure), its database work. */
export interface ImportHandler<F extends string, R extends { uai: string }> {
  columns: readonly ColumnSpec<F>[];
  read(values: RowValues<F>, departments: ReadonlySet<string>): RowVerdict<R>;
  open(pass: Pass): PassProcessor<R>;
}
