import { sql } from 'kysely';
import { execute, rows, sqlBuilder, toBool, toIsoDate } from '../common/sql.js';
import { searchable } from '../common/text.js';
import type { EntityManager } from '../database/orm.js';
import { ConflictError } from '../errors.js';
import { SchoolSector, SchoolStatus } from '../schools/school.enums.js';
import { ImportOutcome } from './directory-import.enums.js';
import type { BatchResult, ImportHandler, ItemDraft, Pass, ValidRow } from './import-pass.js';
import { decideSchool, IGNORED, readSchoolRow, SCHOOL_COLUMNS, type SchoolField, type SchoolRecord, type SchoolState } from './school-row.rules.js';

interface CommuneRef {
  name: string;
  departmentCode: string;
  active: boolean;
  mergedInto: string | null;
}

interface CurrentSchool {
  state: SchoolState;
  version: number;
  departmentCode: string;
}

/** The national directory: creates, updates and closes schools. */
export const schoolImport: ImportHandler<SchoolField, SchoolRecord> = {
  columns: SCHOOL_COLUMNS,
  read: readSchoolRow,
  open(pass) {
    // Reference data, bounded by the number of communes, not by the file.
    const communes = new Map<string, CommuneRef | null>();
    const absent = { covered: undefined as string[] | undefined, after: '' };
    return {
      process: (tx, batch) => processSchools(tx, batch, pass, communes),
      async afterFile(tx, limit) {
        absent.covered ??= await coveredDepartments(tx, pass);
        const next = await absentSchools(tx, pass, absent.covered, absent.after, limit);
        if (next) absent.after = next.last;
        return next && next.result;
      },
    };
  },
};

async function loadCommunes(tx: EntityManager, cache: Map<string, CommuneRef | null>, codes: readonly string[]): Promise<void> {
  const missing = [...new Set(codes)].filter((code) => !cache.has(code));
  if (!missing.length) return;
  const found = await rows<Record<string, unknown>>(tx, sqlBuilder(tx).selectFrom('commune')
    .select(['insee_code as code', 'name', 'department_code as departmentCode', 'active', 'merged_into_insee_code as mergedInto']).where('insee_code', 'in', missing));
  for (const code of missing) cache.set(code, null);
  for (const row of found) {
    cache.set(row.code as string, { name: row.name as string, departmentCode: row.departmentCode as string, active: toBool(row.active), mergedInto: (row.mergedInto as string | null) ?? null });
  }
}

async function loadSchools(tx: EntityManager, uais: readonly string[]): Promise<Map<string, CurrentSchool>> {
  const found = await rows<Record<string, unknown>>(tx, sqlBuilder(tx).selectFrom('school').select([
    'uai', 'name', 'kind', 'sector', 'status', 'closed_on as closedOn', 'commune_insee_code as communeInseeCode',
    'address', 'postal_code as postalCode', 'email', 'phone', 'version', 'department_code as departmentCode',
  ]).where('uai', 'in', uais));
  return new Map(found.map((row) => [row.uai as string, {
    version: Number(row.version),
    departmentCode: row.departmentCode as string,
    state: {
      name: row.name, kind: row.kind, sector: row.sector, status: row.status, closedOn: toIsoDate(row.closedOn),
      communeInseeCode: row.communeInseeCode, address: row.address ?? null, postalCode: row.postalCode ?? null, email: row.email ?? null, phone: row.phone ?? null,
    } as SchoolState,
  }]));
}

function communeProblem(code: string, commune: CommuneRef | null | undefined): string | null {
  if (!commune) return `Commune inconnue : ${code}.`;
  if (!commune.active) return `La commune ${code} (${commune.name}) a fusionné${commune.mergedInto ? ` dans ${commune.mergedInto}` : ''} : code commune périmé.`;
  return null;
}

async function processSchools(tx: EntityManager, batch: ValidRow<SchoolRecord>[], pass: Pass, communes: Map<string, CommuneRef | null>): Promise<BatchResult> {
  await loadCommunes(tx, communes, batch.map((row) => row.record.communeCode));
  const current = await loadSchools(tx, batch.map((row) => row.record.uai));
  const items: ItemDraft[] = [];
  const ignored: string[] = [];
  const creations: SchoolRecord[] = [];
  const updates: Array<{ uai: string; version: number; changes: Record<string, [unknown, unknown]> }> = [];
  for (const { line, raw, record } of batch) {
    const item = { line, targetType: 'School' as const, targetId: record.uai, label: record.name, departmentCode: record.departmentCode };
    const problem = communeProblem(record.communeCode, communes.get(record.communeCode));
    if (problem) {
      items.push({ ...item, outcome: ImportOutcome.REJECTED, reason: problem, raw });
      continue;
    }
    const school = current.get(record.uai);
    if (school && !pass.departments.has(school.departmentCode)) {
      // A school held elsewhere does not move into the run's départements by a file.
      ignored.push(IGNORED.outOfScope);
      continue;
    }
    const decision = decideSchool(school?.state, record, pass.today);
    if (decision.outcome === 'IGNORED') {
      ignored.push(decision.reason);
    } else if (decision.outcome === 'UNCHANGED' || decision.outcome === 'CREATE') {
      // A creation lists no fields: the school itself says them, and 50,000 of them would bloat the report.
      items.push({ ...item, outcome: ImportOutcome[decision.outcome] });
      if (decision.outcome === 'CREATE') creations.push(record);
    } else {
      items.push({ ...item, outcome: ImportOutcome[decision.outcome], changes: decision.changes });
      updates.push({ uai: record.uai, version: school!.version, changes: decision.changes });
    }
  }
  if (pass.applying) {
    await insertSchools(tx, creations, communes, pass.actor.now);
    for (const update of updates) await writeChanges(tx, update, communes, pass.actor.now);
  }
  return { items, ignored };
}

async function insertSchools(tx: EntityManager, records: readonly SchoolRecord[], communes: Map<string, CommuneRef | null>, now: Date): Promise<void> {
  if (!records.length) return;
  await execute(tx, sqlBuilder(tx).insertInto('school').values(records.map((r) => ({
    uai: r.uai, name: r.name, search_name: searchable(r.name), kind: r.kind, sector: SchoolSector.PUBLIC, status: SchoolStatus.OPEN,
    commune_insee_code: r.communeCode, department_code: communes.get(r.communeCode)!.departmentCode, circonscription_id: null,
    address: r.address ?? null, postal_code: r.postalCode ?? null, email: r.email ?? null, phone: r.phone ?? null,
    version: 1, created_at: now, updated_at: now,
  }))));
}

const COLUMN_OF: Record<string, string> = {
  name: 'name', kind: 'kind', sector: 'sector', status: 'status', closedOn: 'closed_on', communeInseeCode: 'commune_insee_code',
  address: 'address', postalCode: 'postal_code', email: 'email', phone: 'phone',
};

/**
 * Writes the changed columns, keeping the entity's rules: search name, denormalised département, version.
 * A school edited in the console since it was read fails the batch (optimistic lock): the run can resume.
 */
async function writeChanges(
  tx: EntityManager, update: { uai: string; version: number; changes: Record<string, [unknown, unknown]> }, communes: Map<string, CommuneRef | null>, now: Date,
): Promise<void> {
  const set: Record<string, unknown> = { version: sql`version + 1`, updated_at: now };
  for (const [field, [, after]] of Object.entries(update.changes)) set[COLUMN_OF[field]!] = after;
  if (update.changes.name) set.search_name = searchable(update.changes.name[1] as string);
  if (update.changes.communeInseeCode) set.department_code = communes.get(update.changes.communeInseeCode[1] as string)!.departmentCode;
  const { affected } = await execute(tx, sqlBuilder(tx).updateTable('school').set(set).where('uai', '=', update.uai).where('version', '=', update.version));
  if (!affected) throw new ConflictError(`L’école ${update.uai} a été modifiée pendant l’import : appliquez à nouveau pour reprendre.`);
}

const ABSENT_REASON = 'Absente du fichier alors que son département y figure.';

/**
 * The départements the file covers: those with at least one accepted row. Read once, as a short list:
 * as a subquery, PostgreSQL plans it badly right after a bulk load, before statistics exist.
 */
async function coveredDepartments(tx: EntityManager, pass: Pass): Promise<string[]> {
  const found = await rows<{ code: string }>(tx, sqlBuilder(tx).selectFrom('import_run_item').select('department_code as code').distinct()
    .where('run_id', '=', pass.runId).where('target_type', '=', 'School')
    .where('outcome', 'in', [ImportOutcome.CREATE, ImportOutcome.UPDATE, ImportOutcome.CLOSE, ImportOutcome.UNCHANGED]));
  return found.map((row) => row.code).filter((code) => pass.departments.has(code));
}

/**
 * The next open public schools of the covered départements after `after` (by UAI) that the file does not
 * list: closed when the run asks for it, reported as absent otherwise; null once all are seen. Two keyed
 * statements a chunk rather than an anti-join, whose plan depends on statistics a bulk load leaves stale.
 * A resumed run walks again from the start: the schools already reported have their line.
 */
async function absentSchools(
  tx: EntityManager, pass: Pass, covered: readonly string[], after: string, limit: number,
): Promise<{ result: BatchResult; last: string } | null> {
  if (!covered.length) return null;
  const db = sqlBuilder(tx);
  const chunk = await rows<{ uai: string; name: string; departmentCode: string }>(tx, db.selectFrom('school')
    .select(['uai', 'name', 'department_code as departmentCode'])
    .where('uai', '>', after).where('status', '=', SchoolStatus.OPEN).where('sector', '=', SchoolSector.PUBLIC).where('department_code', 'in', covered)
    .orderBy('uai').limit(limit));
  if (!chunk.length) return null;
  const listed = new Set((await rows<{ uai: string }>(tx, db.selectFrom('import_run_item').select('target_id as uai')
    .where('run_id', '=', pass.runId).where('target_type', '=', 'School').where('target_id', 'in', chunk.map((s) => s.uai)))).map((r) => r.uai));
  const absent = chunk.filter((school) => !listed.has(school.uai));
  const close = pass.closeAbsent;
  const items = absent.map((school): ItemDraft => ({
    line: null, targetType: 'School', targetId: school.uai, label: school.name, departmentCode: school.departmentCode, reason: ABSENT_REASON,
    outcome: close ? ImportOutcome.CLOSE : ImportOutcome.ABSENT,
    changes: close ? { status: [SchoolStatus.OPEN, SchoolStatus.CLOSED], closedOn: [null, pass.today] } : null,
  }));
  if (close && pass.applying && absent.length) {
    await execute(tx, db.updateTable('school').set({ status: SchoolStatus.CLOSED, closed_on: pass.today, version: sql`version + 1`, updated_at: pass.actor.now })
      .where('uai', 'in', absent.map((s) => s.uai)).where('status', '=', SchoolStatus.OPEN));
  }
  return { result: { items, ignored: [] }, last: chunk.at(-1)!.uai };
}
