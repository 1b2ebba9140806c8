import { sql } from 'kysely';
import { changesBetween, creation, type Changes } from '../audit/audit.service.js';
import { execute, rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import type { EntityManager } from '../database/orm.js';
import { ConflictError } from '../errors.js';
import {
  CIRCONSCRIPTION_COLUMNS, definitionConflict, readCirconscriptionRow,
  type CirconscriptionField, type CirconscriptionRecord, type CirconscriptionState,
} from './circonscription-row.rules.js';
import { ImportOutcome } from './directory-import.enums.js';
import type { BatchResult, ImportHandler, ItemDraft, Pass, ValidRow } from './import-pass.js';
import { IGNORED } from './school-row.rules.js';

/** The DSDEN's UAI → circonscription file: creates circonscriptions as needed and assigns the schools. */
export const circonscriptionImport: ImportHandler<CirconscriptionField, CirconscriptionRecord> = {
  columns: CIRCONSCRIPTION_COLUMNS,
  read: (values) => readCirconscriptionRow(values),
  open: (pass) => ({ process: (tx, batch) => processCirconscriptions(tx, batch, pass) }),
};

interface SchoolRef {
  name: string;
  departmentCode: string;
  version: number;
  circonscriptionCode: string | null;
}

type Existing = CirconscriptionState & { id: number };

async function loadContext(tx: EntityManager, runId: number, batch: ValidRow<CirconscriptionRecord>[]) {
  const db = sqlBuilder(tx);
  const codes = [...new Set(batch.map((row) => row.record.code))];
  const schools = await rows<SchoolRef & { uai: string }>(tx, db.selectFrom('school as s').leftJoin('circonscription as c', 'c.id', 's.circonscription_id')
    .select(['s.uai', 's.name', 's.department_code as departmentCode', 's.version', 'c.code as circonscriptionCode'])
    .where('s.uai', 'in', batch.map((row) => row.record.uai)));
  const existing = await rows<Existing & { code: string }>(tx, db.selectFrom('circonscription')
    .select(['id', 'code', 'name', 'ien_name as ienName', 'department_code as departmentCode']).where('code', 'in', codes));
  // What this run already decided for these codes (earlier batches), over what the base holds: in a dry
  // run the base does not have it yet.
  const decided = await rows<{ code: string; changes: string | null }>(tx, db.selectFrom('import_run_item').select(['target_id as code', 'changes'])
    .where('run_id', '=', runId).where('target_type', '=', 'Circonscription').where('target_id', 'in', codes));
  const byCode = new Map(existing.map((c) => [c.code, c]));
  const definitions = new Map<string, CirconscriptionState>();
  for (const { code, changes } of decided) {
    const after = Object.fromEntries(Object.entries(JSON.parse(changes ?? '{}') as Changes).map(([field, [, value]]) => [field, value]));
    const base = byCode.get(code);
    definitions.set(code, { name: base?.name ?? '', ienName: base?.ienName ?? null, departmentCode: base?.departmentCode ?? '', ...after } as CirconscriptionState);
  }
  return { schools: new Map(schools.map((s) => [s.uai, { ...s, version: Number(s.version) }])), existing: byCode, definitions };
}

async function processCirconscriptions(tx: EntityManager, batch: ValidRow<CirconscriptionRecord>[], pass: Pass): Promise<BatchResult> {
  const { schools, existing, definitions } = await loadContext(tx, pass.runId, batch);
  const items: ItemDraft[] = [];
  const ignored: string[] = [];
  const created = new Map<string, CirconscriptionState>();
  const renamed = new Map<number, Changes>();
  const assigned: Array<{ uai: string; version: number; code: string }> = [];
  for (const { line, raw, record } of batch) {
    const school = schools.get(record.uai);
    const reject = (reason: string) => items.push({
      line, targetType: 'School', targetId: record.uai, label: school?.name ?? null, departmentCode: school?.departmentCode ?? null, outcome: ImportOutcome.REJECTED, reason, raw,
    });
    if (!school) {
      reject(`École inconnue : ${record.uai} (importez d’abord l’annuaire).`);
      continue;
    }
    if (!pass.departments.has(school.departmentCode)) {
      ignored.push(IGNORED.outOfScope);
      continue;
    }
    const definition = definitions.get(record.code);
    if (definition) {
      const conflict = definitionConflict(definition, record, school.departmentCode);
      if (conflict) {
        reject(conflict);
        continue;
      }
    } else {
      const first = defineCirconscription(record, school.departmentCode, existing.get(record.code));
      if ('reason' in first) {
        reject(first.reason);
        continue;
      }
      definitions.set(record.code, first.state);
      items.push({ line, targetType: 'Circonscription', targetId: record.code, label: first.state.name, departmentCode: school.departmentCode, outcome: first.outcome, changes: first.changes });
      if (first.outcome === ImportOutcome.CREATE) created.set(record.code, first.state);
      if (first.outcome === ImportOutcome.UPDATE) renamed.set(existing.get(record.code)!.id, first.changes!);
    }
    const item = { line, targetType: 'School' as const, targetId: record.uai, label: school.name, departmentCode: school.departmentCode };
    if (school.circonscriptionCode === record.code) {
      items.push({ ...item, outcome: ImportOutcome.UNCHANGED });
    } else {
      items.push({ ...item, outcome: ImportOutcome.UPDATE, changes: { circonscriptionCode: [school.circonscriptionCode, record.code] } });
      assigned.push({ uai: record.uai, version: school.version, code: record.code });
    }
  }
  if (pass.applying) await write(tx, { created, renamed, assigned, existing }, pass.actor.now);
  return { items, ignored };
}

type Definition = { outcome: ImportOutcome; state: CirconscriptionState; changes: Changes | null } | { reason: string };

/** The first row naming a circonscription in the run: creates it, renames it, or confirms it. */
function defineCirconscription(record: CirconscriptionRecord, departmentCode: string, current: Existing | undefined): Definition {
  if (!current) {
    if (!record.name) return { reason: `Nom de la circonscription ${record.code} manquant : il faut un nom pour la créer.` };
    const state = { name: record.name, ienName: record.ienName ?? null, departmentCode };
    return { outcome: ImportOutcome.CREATE, state, changes: creation(state) };
  }
  const conflict = definitionConflict({ ...current, name: record.name ?? current.name, ienName: record.ienName ?? current.ienName }, record, departmentCode);
  if (conflict) return { reason: conflict };
  const state = { name: record.name ?? current.name, ienName: record.ienName ?? current.ienName, departmentCode };
  const changes = changesBetween({ name: current.name, ienName: current.ienName }, { name: state.name, ienName: state.ienName });
  return Object.keys(changes).length ? { outcome: ImportOutcome.UPDATE, state, changes } : { outcome: ImportOutcome.UNCHANGED, state, changes: null };
}

async function write(
  tx: EntityManager,
  plan: { created: Map<string, CirconscriptionState>; renamed: Map<number, Changes>; assigned: Array<{ uai: string; version: number; code: string }>; existing: Map<string, Existing> },
  now: Date,
): Promise<void> {
  const db = sqlBuilder(tx);
  const ids = new Map([...plan.existing].map(([code, c]) => [code, c.id]));
  if (plan.created.size) {
    const inserted = await rows<{ id: number; code: string }>(tx, db.insertInto('circonscription').values([...plan.created].map(([code, c]) => ({
      code, name: c.name, search_name: searchable(c.name), ien_name: c.ienName, department_code: c.departmentCode, created_at: now, updated_at: now,
    }))).returning(['id', 'code']));
    for (const row of inserted) ids.set(row.code, Number(row.id));
  }
  for (const [id, changes] of plan.renamed) {
    const name = changes.name?.[1] as string | undefined;
    await execute(tx, db.updateTable('circonscription').set({
      ...(name ? { name, search_name: searchable(name) } : {}), ...(changes.ienName ? { ien_name: changes.ienName[1] } : {}), updated_at: now,
    }).where('id', '=', id));
  }
  for (const school of plan.assigned) {
    const { affected } = await execute(tx, db.updateTable('school').set({ circonscription_id: ids.get(school.code)!, version: sql`version + 1`, updated_at: now })
      .where('uai', '=', school.uai).where('version', '=', school.version));
    if (!affected) throw new ConflictError(`L’école ${school.uai} a été modifiée pendant l’import : appliquez à nouveau pour reprendre.`);
  }
}
