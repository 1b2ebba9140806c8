import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { parseId } from '../common/ids.js';
import { groupedBy } from '../common/loaders.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { firstRow, rows, sqlBuilder, toInstant, type Eb } from '../common/sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { changesBetween, recordAudit } from '../audit/audit.service.js';
import { requireUai } from '../schools/school.service.js';
import { School } from '../schools/school.entity.js';
import { schoolColumns, schoolView, type SchoolView } from '../schools/school.views.js';
import { Commune } from '../territory/commune.entity.js';
import { communeColumns, communeView, type CommuneView } from '../territory/territory.views.js';
import type { PageWants } from '../territory/territory.service.js';
import { requireDepartment, teamPerimeter } from './convention-access.js';
import { GroupingCommune, SchoolGrouping, SchoolPayer } from './grouping.entity.js';
import type { GroupingInput, GroupingsArgs } from './grouping.inputs.js';
import { requireText } from './input-checks.js';

export interface GroupingView {
  id: number;
  name: string;
  departmentCode: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SchoolPayerView {
  groupingId: number;
  school: SchoolView;
  payingCommuneInseeCode: string;
}

type Row = Record<string, unknown>;
const COLUMNS = ['g.id as id', 'g.name as name', 'g.department_code as departmentCode', 'g.version as version', 'g.created_at as createdAt', 'g.updated_at as updatedAt'];
const groupingView = (row: Row): GroupingView => ({
  id: Number(row.id), name: row.name as string, departmentCode: row.departmentCode as string, version: Number(row.version),
  createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
});

export function listGroupings(ctx: RequestContext, args: GroupingsArgs, wants: PageWants): Promise<Page<GroupingView>> {
  const { departmentCode, communeInseeCode } = args.filter ?? {};
  const perimeter = teamPerimeter(ctx, 'g.department_code');
  return listPage(ctx.em, {
    from: 'school_grouping as g',
    key: 'g.id',
    where: (q) => {
      if (perimeter) q = q.where(perimeter);
      if (departmentCode) q = q.where('g.department_code', '=', departmentCode);
      if (communeInseeCode) {
        q = q.where('g.id', 'in', (eb: Eb) => eb.selectFrom('school_grouping_commune').select('grouping_id').where('commune_insee_code', '=', communeInseeCode.trim().toUpperCase()));
      }
      return q;
    },
    orderColumns: { NAME: 'g.name' },
    orderBy: null,
    defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
    select: (q) => q.select(COLUMNS),
    toView: groupingView,
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export async function findGrouping(ctx: RequestContext, id: number): Promise<GroupingView | undefined> {
  const row = await firstRow<Row>(ctx.em, sqlBuilder(ctx.em).selectFrom('school_grouping as g').select(COLUMNS).where('g.id', '=', id));
  if (!row) return undefined;
  const grouping = groupingView(row);
  await requireDepartment(ctx, ctx.em, grouping.departmentCode, `Le regroupement n° ${id}`);
  return grouping;
}

export const communesOfGrouping = groupedBy<number, CommuneView & { groupingId: number }>(
  async (em, ids) => (await rows<Row>(em, sqlBuilder(em).selectFrom('school_grouping_commune as m').innerJoin('commune as c', 'c.insee_code', 'm.commune_insee_code')
    .select(['m.grouping_id as groupingId', ...communeColumns('c')]).where('m.grouping_id', 'in', ids).orderBy('c.search_name')))
    .map((row) => ({ ...communeView(row), groupingId: Number(row.groupingId) })),
  (commune) => commune.groupingId,
);

export const payersOfGrouping = groupedBy<number, SchoolPayerView>(
  async (em, ids) => (await rows<Row>(em, sqlBuilder(em).selectFrom('school_payer as p').innerJoin('school as s', 's.uai', 'p.school_uai')
    .select(['p.grouping_id as groupingId', 'p.paying_commune_insee_code as payingCommuneInseeCode', ...schoolColumns('s')]).where('p.grouping_id', 'in', ids).orderBy('s.search_name')))
    .map((row) => ({ groupingId: Number(row.groupingId), payingCommuneInseeCode: row.payingCommuneInseeCode as string, school: schoolView(row, { commune: false, circonscription: false }) })),
  (payer) => payer.groupingId,
);

/** Member communes: at least two, all known, all in one département (groupings are organised by the DSDEN). */
async function requireMembers(em: EntityManager, codes: readonly string[]): Promise<Commune[]> {
  const wanted = [...new Set(codes.map((code) => code.trim().toUpperCase()))];
  if (wanted.length < 2) throw new InvalidInputError('communeInseeCodes', 'Un regroupement réunit au moins deux communes.');
  const communes = await em.find(Commune, { inseeCode: { $in: wanted } });
  const missing = wanted.find((code) => !communes.some((c) => c.inseeCode === code));
  if (missing) throw new InvalidInputError('communeInseeCodes', `Commune inconnue : ${missing}.`);
  if (new Set(communes.map((c) => c.department.code)).size > 1) throw new InvalidInputError('communeInseeCodes', 'Les communes d’un regroupement appartiennent à un même département.');
  return communes;
}

/** Each payer: a school of a member commune, paid by a member commune, and by no other grouping. */
async function requirePayers(em: EntityManager, groupingId: number | null, input: GroupingInput, members: readonly Commune[]): Promise<Array<{ school: School; payer: Commune }>> {
  const member = (code: string) => members.find((c) => c.inseeCode === code.trim().toUpperCase());
  const payers: Array<{ school: School; payer: Commune }> = [];
  for (const entry of input.payers) {
    const uai = requireUai(entry.schoolUai, 'schoolUai');
    if (payers.some((p) => p.school.uai === uai)) throw new InvalidInputError('schoolUai', `L’école ${uai} figure deux fois.`);
    const school = await em.findOne(School, { uai });
    if (!school) throw new InvalidInputError('schoolUai', `Aucune école ne porte le code UAI ${uai}.`);
    if (!member(school.commune.inseeCode)) throw new InvalidInputError('schoolUai', `L’école ${uai} n’est pas dans une commune du regroupement.`);
    const payer = member(entry.payingCommuneInseeCode);
    if (!payer) throw new InvalidInputError('payingCommuneInseeCode', `La commune ${entry.payingCommuneInseeCode} n’est pas membre du regroupement.`);
    const elsewhere = await em.findOne(SchoolPayer, { school, grouping: { $ne: groupingId ?? 0 } });
    if (elsewhere) throw new ConflictError(`L’école ${uai} est déjà payée dans le cadre du regroupement n° ${elsewhere.grouping.id}.`, { field: 'schoolUai' });
    payers.push({ school, payer });
  }
  return payers;
}

const describe = (communes: readonly Commune[], payers: ReadonlyArray<{ school: School; payer: Commune }>) => ({
  communes: communes.map((c) => c.inseeCode).sort(),
  payers: payers.map((p) => `${p.school.uai}:${p.payer.inseeCode}`).sort(),
});

/**
 * Creates (no id) or replaces a grouping: its name, members and payers. What conventions already enrolled
 * stays as it is; the new payers apply to the next enrolments.
 */
export async function saveGrouping(ctx: RequestContext, id: string | null | undefined, input: GroupingInput): Promise<number> {
  const name = requireText(input.name, 'name', 'Le nom du regroupement');
  return ctx.em.transactional(async (tx) => {
    const members = await requireMembers(tx, input.communeInseeCodes);
    const departmentCode = members[0]!.department.code;
    await requireDepartment(ctx, tx, departmentCode, `Le département ${departmentCode}`);
    let grouping: SchoolGrouping;
    let before: Record<string, unknown> = {};
    if (id) {
      const found = await tx.findOne(SchoolGrouping, { id: parseId(id, 'id') });
      if (!found) throw new NotFoundError(`Aucun regroupement n° ${id}.`);
      await requireDepartment(ctx, tx, found.departmentCode, `Le regroupement n° ${found.id}`);
      if (found.version !== input.version) throw new ConflictError('Ce regroupement a été modifié entre-temps : rechargez-le avant d’enregistrer.', { field: 'version', currentVersion: found.version });
      const oldMembers = await tx.find(GroupingCommune, { grouping: found }, { populate: ['commune'] });
      const oldPayers = await tx.find(SchoolPayer, { grouping: found }, { populate: ['school', 'payingCommune'] });
      before = { name: found.name, ...describe(oldMembers.map((m) => m.commune), oldPayers.map((p) => ({ school: p.school, payer: p.payingCommune }))) };
      await tx.nativeDelete(SchoolPayer, { grouping: found });
      await tx.nativeDelete(GroupingCommune, { grouping: found });
      // Members and payers live in other tables: touching the row bumps its version for the next editor.
      grouping = Object.assign(found, { name, departmentCode, updatedAt: ctx.now });
    } else {
      grouping = tx.create(SchoolGrouping, { name, departmentCode });
      await tx.flush();
    }
    const payers = await requirePayers(tx, grouping.id, input, members);
    for (const commune of members) tx.create(GroupingCommune, { grouping, commune });
    for (const { school, payer } of payers) tx.create(SchoolPayer, { grouping, school, payingCommune: payer });
    await tx.flush();
    recordAudit(tx, ctx, { operation: 'saveGrouping', targetType: 'Grouping', targetId: grouping.id, changes: changesBetween(before, { name, ...describe(members, payers) }) });
    return grouping.id;
  });
}

export async function deleteGrouping(ctx: RequestContext, id: string): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    const grouping = await tx.findOne(SchoolGrouping, { id: parseId(id, 'id') });
    if (!grouping) throw new NotFoundError(`Aucun regroupement n° ${id}.`);
    await requireDepartment(ctx, tx, grouping.departmentCode, `Le regroupement n° ${grouping.id}`);
    recordAudit(tx, ctx, { operation: 'deleteGrouping', targetType: 'Grouping', targetId: grouping.id, changes: { name: [grouping.name, null] } });
    tx.remove(grouping);
  });
}
