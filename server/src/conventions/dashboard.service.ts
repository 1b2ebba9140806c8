import type { SelectQueryBuilder } from 'kysely';
import type { RequestContext } from '../context.js';
import { todayInParis } from '../common/dates.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { rows, sqlBuilder, toInt, type Eb } from '../common/sql.js';
import { communeColumns, communeView, type CommuneView } from '../territory/territory.views.js';
import { departmentsOfAcademy } from '../territory/territory.service.js';
import { CONVENTION_STATUSES, type ConventionStatus } from './convention-status.rules.js';
import { teamPerimeter } from './convention-access.js';
import type { CommunesWithoutConventionArgs, YearScope } from './dashboard.types.js';
import { requireSchoolYear } from './input-checks.js';

type Query = SelectQueryBuilder<any, any, any>;

/** One group of a year's conventions: a département, a status, and what they add up to. */
interface Figures {
  departmentCode: string;
  academyCode: string;
  status: ConventionStatus;
  conventions: number;
  schools: number;
  amountCents: number;
  amendmentsCents: number;
  signedAmendmentsCents: number;
}

interface PaymentFigures {
  departmentCode: string;
  academyCode: string;
  paidCents: number;
  overdueCents: number;
}

export interface Amounts {
  conventions: number;
  signedConventions: number;
  schools: number;
  expectedAmountCents: number;
  signedAmountCents: number;
  paidAmountCents: number;
  overdueAmountCents: number;
}

const SIGNED: readonly ConventionStatus[] = ['SIGNED', 'EXPIRED'];
const sum = <T>(items: readonly T[], of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);

/** The scope's filters and the reader's perimeter, on a table whose département column is given. */
function scoped(ctx: RequestContext, scope: YearScope, departmentColumn: string): (q: Query) => Query {
  const perimeter = teamPerimeter(ctx, departmentColumn);
  return (q) => {
    if (perimeter) q = q.where(perimeter);
    if (scope.academyCode) q = q.where(departmentColumn, 'in', departmentsOfAcademy(scope.academyCode));
    if (scope.departmentCode) q = q.where(departmentColumn, '=', scope.departmentCode);
    return q;
  };
}

/** Two grouped statements: the conventions by département and status, the payments by département. */
async function yearFigures(ctx: RequestContext, scope: YearScope): Promise<{ figures: Figures[]; payments: PaymentFigures[] }> {
  const schoolYear = requireSchoolYear(scope.schoolYear);
  const db = sqlBuilder(ctx.em);
  // Each convention of the scope with its enrolments and amendments, looked up by index: aggregating the
  // whole convention_school table first, then joining the scope, read 110,000 rows for a 700-convention
  // académie (test/bench/RESULTS.md).
  const inScope = scoped(ctx, scope, 'c.department_code')(db.selectFrom('convention as c').where('c.school_year', '=', schoolYear).select((eb) => [
    'c.department_code', 'c.status', 'c.amount_cents',
    eb.selectFrom('convention_school as cs').whereRef('cs.convention_id', '=', 'c.id').select((s) => s.fn.countAll().as('n')).as('n'),
    eb.selectFrom('convention_amendment as am').whereRef('am.convention_id', '=', 'c.id').select((s) => s.fn.sum('am.amount_cents').as('total')).as('total'),
    eb.selectFrom('convention_amendment as am').whereRef('am.convention_id', '=', 'c.id').where('am.commune_signed_on', 'is not', null)
      .select((s) => s.fn.sum('am.amount_cents').as('signed')).as('signed'),
  ]));
  const conventions = db.selectFrom(inScope.as('c')).innerJoin('department as dp', 'dp.code', 'c.department_code')
    .select((eb) => [
      'c.department_code as departmentCode', 'dp.academy_code as academyCode', 'c.status as status', eb.fn.countAll().as('conventions'),
      eb.fn.sum('c.n').as('schools'), eb.fn.sum('c.amount_cents').as('amountCents'), eb.fn.sum('c.total').as('amendmentsCents'), eb.fn.sum('c.signed').as('signedAmendmentsCents'),
    ])
    .groupBy(['c.department_code', 'dp.academy_code', 'c.status']);
  const today = todayInParis(ctx.now);
  const payments = scoped(ctx, scope, 'p.department_code')(db.selectFrom('convention_payment as p').innerJoin('department as dp', 'dp.code', 'p.department_code')
    .select((eb) => [
      'p.department_code as departmentCode', 'dp.academy_code as academyCode',
      eb.fn.sum(eb.case().when('p.paid_on', 'is not', null).then(eb.ref('p.amount_cents')).else(0).end()).as('paidCents'),
      eb.fn.sum(eb.case().when(eb.and([eb('p.paid_on', 'is', null), eb('p.due_on', '<', today)])).then(eb.ref('p.amount_cents')).else(0).end()).as('overdueCents'),
    ])
    .where('p.school_year', '=', schoolYear).groupBy(['p.department_code', 'dp.academy_code']));
  const [figureRows, paymentRows] = await Promise.all([rows<Record<string, unknown>>(ctx.em, conventions), rows<Record<string, unknown>>(ctx.em, payments)]);
  return {
    figures: figureRows.map((r) => ({
      departmentCode: r.departmentCode as string, academyCode: r.academyCode as string, status: r.status as ConventionStatus, conventions: toInt(r.conventions),
      schools: toInt(r.schools ?? 0), amountCents: toInt(r.amountCents ?? 0), amendmentsCents: toInt(r.amendmentsCents ?? 0), signedAmendmentsCents: toInt(r.signedAmendmentsCents ?? 0),
    })),
    payments: paymentRows.map((r) => ({ departmentCode: r.departmentCode as string, academyCode: r.academyCode as string, paidCents: toInt(r.paidCents ?? 0), overdueCents: toInt(r.overdueCents ?? 0) })),
  };
}

function amounts(figures: readonly Figures[], payments: readonly PaymentFigures[]): Amounts {
  const live = figures.filter((f) => f.status !== 'CANCELLED');
  const signed = figures.filter((f) => SIGNED.includes(f.status));
  return {
    conventions: sum(live, (f) => f.conventions),
    signedConventions: sum(signed, (f) => f.conventions),
    schools: sum(live, (f) => f.schools),
    expectedAmountCents: sum(live, (f) => f.amountCents + f.amendmentsCents),
    signedAmountCents: sum(signed, (f) => f.amountCents + f.signedAmendmentsCents),
    paidAmountCents: sum(payments, (p) => p.paidCents),
    overdueAmountCents: sum(payments, (p) => p.overdueCents),
  };
}

/** The academic team's home: every status in the order of the workflow, amounts expected against signed and paid. */
export async function conventionFunnel(ctx: RequestContext, scope: YearScope) {
  const [{ figures, payments }, withoutConvention] = await Promise.all([yearFigures(ctx, scope), listCommunesWithoutConvention(ctx, { scope, offset: 0, limit: 1 }, { nodes: false, count: true })]);
  return {
    schoolYear: scope.schoolYear,
    ...amounts(figures, payments),
    stages: CONVENTION_STATUSES.map((status) => {
      const stage = figures.filter((f) => f.status === status);
      return { status, conventions: sum(stage, (f) => f.conventions), schools: sum(stage, (f) => f.schools), amountCents: sum(stage, (f) => f.amountCents + f.amendmentsCents) };
    }),
    communesWithoutConvention: withoutConvention.totalCount,
  };
}

/** Totals by académie and by département, from the same two statements as the funnel. */
export async function conventionTotals(ctx: RequestContext, scope: YearScope) {
  const { figures, payments } = await yearFigures(ctx, scope);
  const keys = (of: (item: { academyCode: string; departmentCode: string }) => string) => [...new Set([...figures, ...payments].map(of))].sort();
  return {
    byAcademy: keys((f) => f.academyCode).map((academyCode) => ({
      academyCode, departmentCode: null, ...amounts(figures.filter((f) => f.academyCode === academyCode), payments.filter((p) => p.academyCode === academyCode)),
    })),
    byDepartment: keys((f) => `${f.academyCode}|${f.departmentCode}`).map((key) => {
      const [academyCode, departmentCode] = key.split('|') as [string, string];
      return { academyCode, departmentCode, ...amounts(figures.filter((f) => f.departmentCode === departmentCode), payments.filter((p) => p.departmentCode === departmentCode)) };
    }),
  };
}

/**
 * The open public schools a commune pays for: its own, unless a grouping makes another member pay (a
 * `school_payer` row), and those a grouping makes it pay for. Two subqueries, each an index lookup per
 * commune: a join over every school of France to find the payers, then matched to the scope's communes,
 * took 46 ms for one académie (test/bench/RESULTS.md).
 */
const schoolsPaidBy = (eb: Eb, commune: string) => [
  eb.selectFrom('school as s').whereRef('s.commune_insee_code', '=', commune).where('s.status', '=', 'OPEN').where('s.sector', '=', 'PUBLIC')
    .where((w: Eb) => w.not(w.exists(w.selectFrom('school_payer as own').select('own.id').whereRef('own.school_uai', '=', 's.uai')))),
  eb.selectFrom('school_payer as sp').innerJoin('school as s', 's.uai', 'sp.school_uai').whereRef('sp.paying_commune_insee_code', '=', commune)
    .where('s.status', '=', 'OPEN').where('s.sector', '=', 'PUBLIC'),
];

export function listCommunesWithoutConvention(ctx: RequestContext, args: CommunesWithoutConventionArgs, wants: { nodes: boolean; count: boolean }): Promise<Page<{ commune: CommuneView; openSchools: number }>> {
  const schoolYear = requireSchoolYear(args.scope.schoolYear);
  const inScope = scoped(ctx, args.scope, 'c.department_code');
  const db = sqlBuilder(ctx.em);
  return listPage(ctx.em, {
    from: 'commune as c',
    key: 'c.insee_code',
    where: (q) => inScope(q)
      .where((eb: Eb) => eb.or(schoolsPaidBy(eb, 'c.insee_code').map((schools) => eb.exists(schools.select('s.uai')))))
      .where('c.insee_code', 'not in', db.selectFrom('convention').select('commune_insee_code').where('school_year', '=', schoolYear).where('cancelled_on', 'is', null)),
    orderColumns: { NAME: 'c.search_name' },
    orderBy: null,
    defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
    select: (q) => q.select((eb: Eb) => {
      const [own, paid] = schoolsPaidBy(eb, 'c.insee_code').map((schools) => schools.select((s: Eb) => s.fn.countAll().as('n')));
      return [...communeColumns('c'), eb(own!, '+', paid!).as('openSchools')];
    }),
    toView: (row) => ({ commune: communeView(row), openSchools: toInt(row.openSchools) }),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}
