import { describe, expect, it } from 'vitest';
import { ImportPhase, ImportStatus } from './directory-import.enums.js';
import { planApply, progressPercent } from './import-run.rules.js';

describe('import run states', () => {
  it('applies after a dry run from the start, resumes a failed apply, refuses the rest', () => {
    expect(planApply(ImportStatus.ANALYSED, ImportPhase.ANALYSIS)).toEqual({ ok: true, fromStart: true });
    expect(planApply(ImportStatus.FAILED, ImportPhase.APPLY)).toEqual({ ok: true, fromStart: false });
    expect(planApply(ImportStatus.FAILED, ImportPhase.ANALYSIS)).toEqual({ ok: true, fromStart: true });
    for (const status of [ImportStatus.PENDING, ImportStatus.RUNNING, ImportStatus.APPLIED]) expect(planApply(status, ImportPhase.APPLY).ok).toBe(false);
  });

  it('measures progress by rows once known, by bytes before', () => {
    expect(progressPercent({ status: ImportStatus.RUNNING, rowsDone: 250, totalRows: 1000, bytesDone: 0, fileSize: 10 })).toBe(25);
    expect(progressPercent({ status: ImportStatus.RUNNING, rowsDone: 250, totalRows: null, bytesDone: 333, fileSize: 1000 })).toBe(33.3);
    expect(progressPercent({ status: ImportStatus.APPLIED, rowsDone: 0, totalRows: null, bytesDone: 0, fileSize: 0 })).toBe(100);
    expect(progressPercent({ status: ImportStatus.PENDING, rowsDone: 0, totalRows: null, bytesDone: 0, fileSize: 0 })).toBe(0);
  });
});
