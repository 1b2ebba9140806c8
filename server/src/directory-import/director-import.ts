import { sql } from 'kysely';
import { changesBetween } from '../audit/audit.service.js';
import { execute, rows, sqlBuilder } from '../common/sql.js';
import type { EntityManager } from '../database/orm.js';
import { ConflictError } from '../errors.js';
import { SchoolStatus } from '../schools/school.enums.js';
import { ImportOutcome } from './directory-import.enums.js';
import { DIRECTOR_COLUMNS, directorChange, readDirectorRow, type DirectorField, type DirectorRecord } from './director-row.rules.js';
import type { DirectorChange } from './director-change.hooks.js';
import type { BatchResult, ImportHandler, ItemDraft, Pass, ValidRow } from './import-pass.js';
import { IGNORED } from './school-row.rules.js';

/** A director file: updates the schools' director and tells the listeners (publication directors). */
export const directorImport: ImportHandler<DirectorField, DirectorRecord> = {
  columns: DIRECTOR_COLUMNS,
  read: (values) => readDirectorRow(values),
  open: (pass) => ({ process: (tx, batch) => processDirectors(tx, batch, pass) }),
};

interface SchoolRow {
  uai: string;
  name: string;
  departmentCode: string;
  status: SchoolStatus;
  version: number;
  directorName: string | null;
  directorEmail: string | null;
}

async function processDirectors(tx: EntityManager, batch: ValidRow<DirectorRecord>[], pass: Pass): Promise<BatchResult> {
  const schools = new Map((await rows<SchoolRow>(tx, sqlBuilder(tx).selectFrom('school').select([
    'uai', 'name', 'department_code as departmentCode', 'status', 'version', 'director_name as directorName', 'director_email as directorEmail',
  ]).where('uai', 'in', batch.map((row) => row.record.uai)))).map((s) => [s.uai, s]));
  const items: ItemDraft[] = [];
  const ignored: string[] = [];
  const changes: Array<DirectorChange & { version: number }> = [];
  for (const { line, raw, record } of batch) {
    const school = schools.get(record.uai);
    const item = { line, targetType: 'School' as const, targetId: record.uai, label: school?.name ?? null, departmentCode: school?.departmentCode ?? null };
    if (school && !pass.departments.has(school.departmentCode)) {
      ignored.push(IGNORED.outOfScope);
      continue;
    }
    const problem = !school ? `École inconnue : ${record.uai}.` : school.status === SchoolStatus.CLOSED ? `L’école ${record.uai} est fermée.` : null;
    if (problem) {
      items.push({ ...item, outcome: ImportOutcome.REJECTED, reason: problem, raw });
      continue;
    }
    const previous = { name: school!.directorName ?? '', email: school!.directorEmail };
    const next = directorChange(previous, record);
    if (!next) {
      items.push({ ...item, outcome: ImportOutcome.UNCHANGED });
      continue;
    }
    items.push({ ...item, outcome: ImportOutcome.UPDATE, changes: changesBetween({ directorName: school!.directorName, directorEmail: previous.email }, { directorName: next.name, directorEmail: next.email }) });
    changes.push({ uai: record.uai, previous: school!.directorName === null ? null : previous, next, version: Number(school!.version) });
  }
  if (pass.applying) {
    for (const { version, ...change } of changes) {
      const { affected } = await execute(tx, sqlBuilder(tx).updateTable('school')
        .set({ director_name: change.next.name, director_email: change.next.email, version: sql`version + 1`, updated_at: pass.actor.now })
        .where('uai', '=', change.uai).where('version', '=', version));
      if (!affected) throw new ConflictError(`L’école ${change.uai} a été modifiée pendant l’import : appliquez à nouveau pour reprendre.`);
      for (const listener of pass.listeners) await listener(tx, pass.actor, change);
    }
  }
  return { items, ignored };
}
