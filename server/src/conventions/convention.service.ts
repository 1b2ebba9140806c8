import type { SelectQueryBuilder } from 'kysely';
import type { RequestContext } from '../context.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { firstRow, sqlBuilder, type Eb } from '../common/sql.js';
import { containsPattern } from '../common/text.js';
import { ForbiddenError } from '../errors.js';
import { departmentsOfAcademy, type PageWants } from '../territory/territory.service.js';
import { teamPerimeter } from './convention-access.js';
import { ConventionOrderField, type ConventionFilter, type ConventionsArgs } from './convention.inputs.js';
import { conventionColumns, conventionRelationColumns, conventionView, type ConventionJoins, type ConventionView } from './convention.views.js';
import { requireSchoolYear } from './input-checks.js';

type Query = SelectQueryBuilder<any, any, any>;

const ORDER_COLUMNS: Record<ConventionOrderField, string> = {
  [ConventionOrderField.COMMUNE_NAME]: 'c.search_name',
  [ConventionOrderField.COMMUNE_INSEE_CODE]: 'c.commune_insee_code',
  [ConventionOrderField.DEPARTMENT_CODE]: 'c.department_code',
  [ConventionOrderField.SCHOOL_YEAR]: 'c.school_year',
  [ConventionOrderField.STATUS]: 'c.status',
  [ConventionOrderField.AMOUNT]: 'c.amount_cents',
  [ConventionOrderField.UPDATED_AT]: 'c.updated_at',
};

/** Every filter is on the convention table (commune name and département are repeated there): counts need no join. */
function applyFilter(q: Query, filter: ConventionFilter | null | undefined): Query {
  if (!filter) return q;
  const { schoolYear, status, communeInseeCode, academyCode, departmentCode, q: text } = filter;
  if (schoolYear) q = q.where('c.school_year', '=', requireSchoolYear(schoolYear));
  if (status) q = q.where('c.status', '=', status);
  if (communeInseeCode) q = q.where('c.commune_insee_code', '=', communeInseeCode.trim().toUpperCase());
  if (academyCode) q = q.where('c.department_code', 'in', departmentsOfAcademy(academyCode));
  if (departmentCode) q = q.where('c.department_code', '=', departmentCode);
  if (text) q = q.where('c.search_name', 'like', containsPattern(text));
  return q;
}

/** The id of a convention's latest deliberation: the one that decided, or the last one rejected. */
export const latestDeliberationId = (eb: Eb, conventionId: string) =>
  eb.selectFrom('council_deliberation as dl').select((e) => e.fn.max('dl.id').as('latest')).whereRef('dl.convention_id', '=', conventionId);

function withRelations(q: Query, joins: ConventionJoins): Query {
  if (joins.commune) q = q.innerJoin('commune as cm', 'cm.insee_code', 'c.commune_insee_code');
  if (joins.deliberation) q = q.leftJoin('council_deliberation as d', (join) => join.on((eb) => eb('d.id', '=', latestDeliberationId(eb, 'c.id'))));
  return q.select([...conventionColumns('c'), ...conventionRelationColumns(joins)]);
}

export function readableConventions(ctx: RequestContext): (q: Query) => Query {
  const condition = teamPerimeter(ctx, 'c.department_code');
  return (q) => (condition ? q.where(condition) : q);
}

/** The conventions a reader may see, filtered, with the relations asked for: for lists and exports alike. */
export function conventionQuery(ctx: RequestContext, filter: ConventionFilter | null | undefined, joins: ConventionJoins): Query {
  return readableConventions(ctx)(applyFilter(withRelations(sqlBuilder(ctx.em).selectFrom('convention as c'), joins), filter));
}

export function listConventions(ctx: RequestContext, args: ConventionsArgs, wants: PageWants, joins: ConventionJoins): Promise<Page<ConventionView>> {
  const readable = readableConventions(ctx);
  return listPage(ctx.em, {
    from: 'convention as c',
    key: 'c.id',
    where: (q) => readable(applyFilter(q, args.filter)),
    orderColumns: ORDER_COLUMNS,
    orderBy: args.orderBy,
    defaultOrder: [{ field: ConventionOrderField.COMMUNE_NAME, direction: OrderDirection.ASC }, { field: ConventionOrderField.SCHOOL_YEAR, direction: OrderDirection.DESC }],
    select: (q) => withRelations(q, joins),
    toView: (row) => conventionView(row, joins),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

/**
 * One statement: the convention and the relations asked for, within the reader's perimeter. Outside it,
 * FORBIDDEN (a convention between public bodies is no secret); unknown, undefined.
 */
export async function findConvention(ctx: RequestContext, id: number, joins: ConventionJoins): Promise<ConventionView | undefined> {
  const query = readableConventions(ctx)(withRelations(sqlBuilder(ctx.em).selectFrom('convention as c'), joins).where('c.id', '=', id));
  const row = await firstRow<Record<string, unknown>>(ctx.em, query);
  if (row) return conventionView(row, joins);
  const exists = await firstRow(ctx.em, sqlBuilder(ctx.em).selectFrom('convention').select('id').where('id', '=', id));
  if (exists) throw new ForbiddenError(`La convention n° ${id} est hors de votre périmètre.`);
  return undefined;
}
