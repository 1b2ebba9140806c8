import { byKey, groupedBy, rowLoader } from '../common/loaders.js';
import { rows, sqlBuilder, toInstant, toIsoDate } from '../common/sql.js';
import { schoolColumns, schoolView, type SchoolView } from '../schools/school.views.js';
import { campaignColumns, campaignView, type CampaignView } from './campaign.views.js';
import { conventionColumns, conventionView, deliberationColumns, deliberationView, type ConventionView, type DeliberationView } from './convention.views.js';

/**
 * Per-request batch loaders for what a convention holds in lists (schools, amendments, deliberations,
 * payments): one `in (…)` statement per relation for a whole page, never one per convention.
 */

export interface AmendmentView {
  id: number;
  conventionId: number;
  number: number;
  amountCents: number;
  communeSignedOn: string | null;
  academySignedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface PaymentView {
  id: number;
  conventionId: number;
  amendmentId: number | null;
  schoolYear: string;
  departmentCode: string;
  amountCents: number;
  issuedOn: string;
  reference: string;
  dueOn: string;
  paidOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

type Row = Record<string, unknown>;
const NO_JOINS = { commune: false, circonscription: false };

export const amendmentColumns = (a: string) => [
  `${a}.id as id`, `${a}.convention_id as conventionId`, `${a}.number as number`, `${a}.amount_cents as amountCents`,
  `${a}.commune_signed_on as communeSignedOn`, `${a}.academy_signed_on as academySignedOn`, `${a}.created_at as createdAt`, `${a}.updated_at as updatedAt`,
];

export const amendmentView = (row: Row): AmendmentView => ({
  id: Number(row.id), conventionId: Number(row.conventionId), number: Number(row.number), amountCents: Number(row.amountCents),
  communeSignedOn: toIsoDate(row.communeSignedOn), academySignedOn: toIsoDate(row.academySignedOn),
  createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
});

export const paymentColumns = (p: string) => [
  `${p}.id as id`, `${p}.convention_id as conventionId`, `${p}.amendment_id as amendmentId`, `${p}.school_year as schoolYear`,
  `${p}.department_code as departmentCode`, `${p}.amount_cents as amountCents`, `${p}.issued_on as issuedOn`, `${p}.reference as reference`,
  `${p}.due_on as dueOn`, `${p}.paid_on as paidOn`, `${p}.version as version`, `${p}.created_at as createdAt`, `${p}.updated_at as updatedAt`,
];

export const paymentView = (row: Row): PaymentView => ({
  id: Number(row.id), conventionId: Number(row.conventionId), amendmentId: row.amendmentId == null ? null : Number(row.amendmentId),
  schoolYear: row.schoolYear as string, departmentCode: row.departmentCode as string, amountCents: Number(row.amountCents),
  issuedOn: toIsoDate(row.issuedOn)!, reference: row.reference as string, dueOn: toIsoDate(row.dueOn)!, paidOn: toIsoDate(row.paidOn),
  version: Number(row.version), createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
});

type Enrolled = SchoolView & { ownerId: number };

/** Schools enrolled by a convention (`convention_id`) or by one amendment (`amendment_id`), by name. */
const enrolledBy = (column: 'convention_id' | 'amendment_id') => groupedBy<number, Enrolled>(
  async (em, ids) => (await rows<Row>(em, sqlBuilder(em).selectFrom('convention_school as e').innerJoin('school as s', 's.uai', 'e.school_uai')
    .select([`e.${column} as ownerId`, ...schoolColumns('s')]).where(`e.${column}`, 'in', ids).orderBy('s.search_name').orderBy('s.uai')))
    .map((row) => ({ ...schoolView(row, NO_JOINS), ownerId: Number(row.ownerId) })),
  (school) => school.ownerId,
);

export const schoolsOfConvention = enrolledBy('convention_id');
export const schoolsOfAmendment = enrolledBy('amendment_id');

export const deliberationsOfConvention = groupedBy<number, DeliberationView>(
  async (em, ids) => (await rows<Row>(em, sqlBuilder(em).selectFrom('council_deliberation as d').select(deliberationColumns('d'))
    .where('d.convention_id', 'in', ids).orderBy('d.id'))).map((row) => deliberationView(row)),
  (deliberation) => deliberation.conventionId,
);

/** The latest deliberation of each convention, when the convention's statement did not join it. */
export const latestDeliberationOf = byKey<number, DeliberationView>(
  async (em, ids) => {
    const db = sqlBuilder(em);
    const latest = db.selectFrom('council_deliberation').select((eb) => eb.fn.max('id').as('id')).where('convention_id', 'in', ids).groupBy('convention_id');
    return (await rows<Row>(em, db.selectFrom('council_deliberation as d').select(deliberationColumns('d')).where('d.id', 'in', latest))).map((row) => deliberationView(row));
  },
  (deliberation) => deliberation.conventionId,
);

export const amendmentsOfConvention = groupedBy<number, AmendmentView>(
  async (em, ids) => (await rows<Row>(em, sqlBuilder(em).selectFrom('convention_amendment as a').select(amendmentColumns('a'))
    .where('a.convention_id', 'in', ids).orderBy('a.number'))).map(amendmentView),
  (amendment) => amendment.conventionId,
);

export const paymentsOfConvention = groupedBy<number, PaymentView>(
  async (em, ids) => (await rows<Row>(em, sqlBuilder(em).selectFrom('convention_payment as p').select(paymentColumns('p'))
    .where('p.convention_id', 'in', ids).orderBy('p.id'))).map(paymentView),
  (payment) => payment.conventionId,
);

/** A convention by id, for objects that point to one (a payment): they were read within the perimeter. */
export const conventionById = rowLoader<number, ConventionView>({
  from: 'convention as c', key: 'c.id', columns: conventionColumns('c'), toView: (row) => conventionView(row, { commune: false, deliberation: false }), keyOf: (c) => c.id,
});

/** The campaign that sets a convention's terms, by `schoolYear|departmentCode` (the département gives the académie). */
export const campaignOf = byKey<string, CampaignView & { key: string }>(
  async (em, keys) => {
    const pairs = keys.map((key) => key.split('|') as [string, string]);
    return (await rows<Row>(em, sqlBuilder(em).selectFrom('convention_campaign as cc').innerJoin('department as dp', 'dp.academy_code', 'cc.academy_code')
      .select([...campaignColumns('cc'), 'dp.code as departmentCode'])
      .where('cc.school_year', 'in', [...new Set(pairs.map(([year]) => year))]).where('dp.code', 'in', [...new Set(pairs.map(([, department]) => department))])))
      .map((row) => ({ ...campaignView(row), key: `${row.schoolYear as string}|${row.departmentCode as string}` }));
  },
  (campaign) => campaign.key,
);

export const campaignKey = (convention: Pick<ConventionView, 'schoolYear' | 'departmentCode'>) => `${convention.schoolYear}|${convention.departmentCode}`;
