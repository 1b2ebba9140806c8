import { ImportPhase, ImportStatus } from './directory-import.enums.js';

export type ApplyPlan = { ok: true; fromStart: boolean } | { ok: false; reason: string };

/**
 * Applying a run: after its dry run, from the first row; after a failed apply, from the row after the last
 * committed batch (nothing before it is done twice); a failed dry run is replaced by a full apply.
 */
export function planApply(status: ImportStatus, phase: ImportPhase): ApplyPlan {
  switch (status) {
    case ImportStatus.ANALYSED:
      return { ok: true, fromStart: true };
    case ImportStatus.FAILED:
      return { ok: true, fromStart: phase === ImportPhase.ANALYSIS };
    case ImportStatus.PENDING:
    case ImportStatus.RUNNING:
      return { ok: false, reason: 'Cet import est déjà en cours de traitement.' };
    case ImportStatus.APPLIED:
      return { ok: false, reason: 'Cet import est déjà appliqué : relancez-en un nouveau avec le même fichier (il ne changera rien).' };
  }
}

/** Progress in percent: by rows once a pass has counted them, by bytes read before. */
export function progressPercent(run: { status: ImportStatus; rowsDone: number; totalRows: number | null; bytesDone: number; fileSize: number }): number {
  if (run.status === ImportStatus.ANALYSED || run.status === ImportStatus.APPLIED) return 100;
  const fraction = run.totalRows ? run.rowsDone / run.totalRows : run.fileSize ? run.bytesDone / run.fileSize : 0;
  return Math.min(100, Math.round(fraction * 1000) / 10);
}
