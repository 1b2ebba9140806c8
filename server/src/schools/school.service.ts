import { sql, type SqlBool } from 'kysely';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { listPage } from '../common/list.js';
import { rowLoader } from '../common/loaders.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { CompiledStatements } from '../common/compiled-statements.js';
import { firstRow, sqlBuilder } from '../common/sql.js';
import { containsPattern, searchable } from '../common/text.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { changesBetween, creation, recordAudit } from '../audit/audit.service.js';
import { Role } from '../auth/auth.enums.js';
import { perimeterCondition, perimeterKey } from '../auth/perimeter.js';
import { placeOf, requireCovered } from '../territory/place.js';
import { Circonscription } from '../territory/circonscription.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { departmentsOfAcademy, type PageWants } from '../territory/territory.service.js';
import { School } from './school.entity.js';
import { SchoolStatus } from './school.enums.js';
import { SchoolOrderField, type CreateSchoolInput, type SchoolFilter, type SchoolsArgs, type UpdateSchoolInput } from './school.inputs.js';
import { schoolColumns, schoolRelationColumns, schoolView, type SchoolJoins, type SchoolView } from './school.views.js';
import { checkUai } from './uai.rules.js';

type Query = Parameters<Parameters<typeof listPage>[1]['where']>[0];

const ORDER_COLUMNS: Record<SchoolOrderField, string> = {
  [SchoolOrderField.NAME]: 's.search_name',
  [SchoolOrderField.UAI]: 's.uai',
  [SchoolOrderField.COMMUNE_INSEE_CODE]: 's.commune_insee_code',
  [SchoolOrderField.DEPARTMENT_CODE]: 's.department_code',
  [SchoolOrderField.KIND]: 's.kind',
  [SchoolOrderField.STATUS]: 's.status',
  [SchoolOrderField.UPDATED_AT]: 's.updated_at',
};

/** Every filter is on the school table itself (department is denormalised), so counts need no join. */
function applyFilter(q: Query, filter: SchoolFilter | null | undefined): Query {
  if (!filter) return q;
  const { q: text, uais, communeInseeCode, circonscriptionId, departmentCode, academyCode, kind, sector, status } = filter;
  if (uais) q = uais.length ? q.where('s.uai', 'in', uais.map((uai) => uai.trim().toUpperCase())) : q.where(sql<SqlBool>`1 = 0`);
  if (text) {
    const uaiPrefix = text.trim().toUpperCase();
    q = /^\d{1,7}[A-Z]?$/.test(uaiPrefix)
      ? q.where((eb) => eb.or([eb('s.uai', 'like', `${uaiPrefix}%`), eb('s.search_name', 'like', containsPattern(text))]))
      : q.where('s.search_name', 'like', containsPattern(text));
  }
  if (communeInseeCode) q = q.where('s.commune_insee_code', '=', communeInseeCode.trim().toUpperCase());
  if (circonscriptionId) q = q.where('s.circonscription_id', '=', parseId(circonscriptionId, 'circonscriptionId'));
  if (departmentCode) q = q.where('s.department_code', '=', departmentCode);
  if (academyCode) q = q.where('s.department_code', 'in', departmentsOfAcademy(academyCode));
  if (kind) q = q.where('s.kind', '=', kind);
  if (sector) q = q.where('s.sector', '=', sector);
  if (status) q = q.where('s.status', '=', status);
  return q;
}

/**
 * The school's columns and, in the same statement, the relations asked for. The publication director of the
 * day is joined too: at most one assignment covers a date (the database refuses overlaps), so the join
 * never multiplies rows.
 */
function withRelations(q: Query, joins: SchoolJoins, today: string): Query {
  if (joins.commune) q = q.innerJoin('commune as cm', 'cm.insee_code', 's.commune_insee_code');
  if (joins.commune && joins.communeDepartment) q = q.innerJoin('department as cd', 'cd.code', 'cm.department_code');
  if (joins.circonscription) q = q.leftJoin('circonscription as ci', 'ci.id', 's.circonscription_id');
  if (joins.publicationDirector) {
    q = q.leftJoin('publication_director_assignment as pd', (join) => join.onRef('pd.school_uai', '=', 's.uai')
      .on('pd.start_date', '<=', today).on((eb) => eb.or([eb('pd.end_date', 'is', null), eb('pd.end_date', '>=', today)])));
  }
  return q.select([...schoolColumns('s'), ...schoolRelationColumns(joins)]);
}

/** Schools a user may read: those of all their grants' scopes (an administrator: all). */
function readableBy(ctx: RequestContext): (q: Query) => Query {
  const condition = perimeterCondition(ctx.user!.perimeter(), SCHOOL_PERIMETER);
  return (q) => (condition ? q.where(condition) : q);
}

export const SCHOOL_PERIMETER = { departmentCode: 's.department_code', circonscription: 's.circonscription_id' } as const;

export function listSchools(ctx: RequestContext, args: SchoolsArgs, wants: PageWants, joins: SchoolJoins): Promise<Page<SchoolView>> {
  const readable = readableBy(ctx);
  return listPage(ctx.em, {
    from: 'school as s',
    key: 's.uai',
    where: (q) => readable(applyFilter(q, args.filter)),
    orderColumns: ORDER_COLUMNS,
    orderBy: args.orderBy,
    defaultOrder: [{ field: SchoolOrderField.NAME, direction: OrderDirection.ASC }],
    select: (q) => withRelations(q, joins, todayInParis(ctx.now)),
    toView: (row) => schoolView(row as Record<string, unknown>, joins),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

/** Schools by UAI without relations, for objects that point to a school (the reader reached them within their perimeter). */
export const schoolByUai = rowLoader<string, SchoolView>({
  from: 'school as s', key: 's.uai', columns: schoolColumns('s'), toView: (row) => schoolView(row, { commune: false, circonscription: false }), keyOf: (school) => school.uai,
});

/** A valid UAI in canonical form, or bad input on `field`. */
export function requireUai(value: string, field = 'uai'): string {
  const check = checkUai(value);
  if (!check.valid) throw new InvalidInputError(field, check.reason);
  return check.uai;
}

/** Schools by UAI: the school page and Q1 of the benchmark, compiled once per relations asked for and perimeter. */
const SCHOOL_BY_UAI = new CompiledStatements<{ uai: string; today: string }>();

const joinsKey = (joins: SchoolJoins) => [joins.commune, joins.communeDepartment, joins.circonscription, joins.publicationDirector].map((join) => (join ? 1 : 0)).join('');

/**
 * One statement: the school and the relations asked for, within the reader's perimeter. A school outside
 * it is FORBIDDEN (school directories are public: its existence is no secret), an unknown one undefined.
 */
export async function findSchool(ctx: RequestContext, uai: string, joins: SchoolJoins): Promise<SchoolView | undefined> {
  const code = requireUai(uai);
  const shape = `${joinsKey(joins)}|${perimeterKey(ctx.user!.perimeter())}`;
  const [row] = await SCHOOL_BY_UAI.rows<Record<string, unknown>>(ctx.em, shape, { uai: code, today: todayInParis(ctx.now) }, (db, slot) =>
    readableBy(ctx)(withRelations(db.selectFrom('school as s'), joins, slot.today).where('s.uai', '=', slot.uai)));
  if (row) return schoolView(row, joins);
  const exists = await firstRow(ctx.em, sqlBuilder(ctx.em).selectFrom('school').select('uai').where('uai', '=', code));
  if (exists) throw new ForbiddenError(`L’école ${code} est hors de votre périmètre.`);
  return undefined;
}

const EDITORS = [Role.ADMIN, Role.ACADEMIC_TEAM];

async function requireEditable(ctx: RequestContext, em: EntityManager, school: School): Promise<void> {
  const place = await placeOf(em, school.departmentCode, school.circonscription ? [school.circonscription.id] : []);
  requireCovered(ctx, place, EDITORS, `L’école ${school.uai}`);
}

/** What the audit trail keeps of a school. */
function snapshot(school: School): Record<string, unknown> {
  return {
    name: school.name, kind: school.kind, sector: school.sector, status: school.status, closedOn: school.closedOn ?? null,
    communeInseeCode: school.commune.inseeCode, circonscriptionId: school.circonscription?.id ?? null,
    address: school.address ?? null, postalCode: school.postalCode ?? null, email: school.email ?? null, phone: school.phone ?? null,
    directorName: school.directorName ?? null, directorEmail: school.directorEmail ?? null,
  };
}

export async function requireCommune(em: EntityManager, inseeCode: string): Promise<Commune> {
  const commune = await em.findOne(Commune, { inseeCode: inseeCode.trim().toUpperCase() });
  if (!commune) throw new InvalidInputError('communeInseeCode', `Commune inconnue : ${inseeCode}.`);
  return commune;
}

async function requireCirconscription(em: EntityManager, id: string): Promise<Circonscription> {
  const circonscription = await em.findOne(Circonscription, { id: parseId(id, 'circonscriptionId') });
  if (!circonscription) throw new InvalidInputError('circonscriptionId', `Circonscription inconnue : ${id}.`);
  return circonscription;
}

async function requireSameDepartment(em: EntityManager, school: School): Promise<void> {
  if (!school.circonscription) return;
  const circonscription = await em.findOneOrFail(Circonscription, { id: school.circonscription.id });
  if (circonscription.department.code !== school.departmentCode) {
    throw new InvalidInputError('circonscriptionId', `La circonscription appartient au département ${circonscription.department.code}, la commune au ${school.departmentCode}.`);
  }
}

function required<T>(value: T | null | undefined, field: string, label: string): T | undefined {
  if (value === null) throw new InvalidInputError(field, `${label} est obligatoire.`);
  return value;
}

export async function createSchool(ctx: RequestContext, input: CreateSchoolInput): Promise<string> {
  const uai = requireUai(input.uai);
  return ctx.em.transactional(async (em) => {
    if (await em.findOne(School, { uai })) throw new ConflictError(`L’école ${uai} existe déjà.`, { field: 'uai' });
    const commune = await requireCommune(em, input.communeInseeCode);
    const school = em.create(School, {
      uai,
      name: input.name.trim(),
      searchName: searchable(input.name),
      kind: input.kind,
      sector: input.sector,
      commune,
      departmentCode: commune.department.code,
      circonscription: input.circonscriptionId ? await requireCirconscription(em, input.circonscriptionId) : null,
      address: input.address ?? null,
      postalCode: input.postalCode ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      directorName: input.directorName ?? null,
      directorEmail: input.directorEmail ?? null,
    });
    await requireSameDepartment(em, school);
    await requireEditable(ctx, em, school);
    recordAudit(em, ctx, { operation: 'createSchool', targetType: 'School', targetId: uai, changes: creation(snapshot(school)) });
    return uai;
  });
}

async function requireSchool(em: EntityManager, uai: string): Promise<School> {
  const school = await em.findOne(School, { uai: requireUai(uai) });
  if (!school) throw new NotFoundError(`Aucune école ne porte le code UAI ${uai}.`);
  return school;
}

const STALE = 'Cette école a été modifiée entre-temps par quelqu’un d’autre : rechargez-la avant d’enregistrer.';

export async function updateSchool(ctx: RequestContext, uai: string, input: UpdateSchoolInput): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const school = await requireSchool(em, uai);
    await requireEditable(ctx, em, school);
    if (school.version !== input.version) throw new ConflictError(STALE, { field: 'version', currentVersion: school.version });
    const before = snapshot(school);
    const name = required(input.name, 'name', 'Le nom');
    if (name !== undefined) {
      school.name = name.trim();
      school.searchName = searchable(name);
    }
    school.kind = required(input.kind, 'kind', 'Le type') ?? school.kind;
    school.sector = required(input.sector, 'sector', 'Le secteur') ?? school.sector;
    const communeCode = required(input.communeInseeCode, 'communeInseeCode', 'La commune');
    if (communeCode !== undefined) {
      school.commune = await requireCommune(em, communeCode);
      school.departmentCode = school.commune.department.code;
    }
    if (input.circonscriptionId !== undefined) {
      school.circonscription = input.circonscriptionId === null ? null : await requireCirconscription(em, input.circonscriptionId);
    }
    for (const key of ['address', 'postalCode', 'email', 'phone', 'directorName', 'directorEmail'] as const) {
      if (input[key] !== undefined) school[key] = input[key];
    }
    await requireSameDepartment(em, school);
    await requireEditable(ctx, em, school);
    recordAudit(em, ctx, { operation: 'updateSchool', targetType: 'School', targetId: school.uai, changes: changesBetween(before, snapshot(school)) });
  });
}

export async function closeSchool(ctx: RequestContext, uai: string, closedOn: string): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const school = await requireSchool(em, uai);
    await requireEditable(ctx, em, school);
    if (school.status === SchoolStatus.CLOSED) throw new ConflictError(`L’école ${school.uai} est déjà fermée depuis le ${school.closedOn}.`);
    school.status = SchoolStatus.CLOSED;
    school.closedOn = closedOn;
    recordAudit(em, ctx, { operation: 'closeSchool', targetType: 'School', targetId: school.uai, changes: { status: [SchoolStatus.OPEN, SchoolStatus.CLOSED], closedOn: [null, closedOn] } });
  });
}
