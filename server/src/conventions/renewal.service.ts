import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { InvalidInputError } from '../errors.js';
import { Commune } from '../territory/commune.entity.js';
import { departmentsOfAcademy } from '../territory/territory.service.js';
import { schoolColumns, schoolView, type SchoolView } from '../schools/school.views.js';
import { conventionAmountCents, nextSchoolYear } from './amount.rules.js';
import { requireCampaign } from './campaign.service.js';
import { teamPerimeter } from './convention-access.js';
import { openDraft } from './convention-workflow.service.js';
import { enrolmentRefusal, type EnrolmentCandidate } from './enrolment.rules.js';
import { requireSchoolYear } from './input-checks.js';

/**
 * The yearly renewal: every commune whose convention of the year was signed (SIGNED, or EXPIRED since)
 * gets next year's DRAFT with those of its schools that it may still enrol (open, public, still its own
 * to pay, not enrolled elsewhere), at next year's campaign price. Running it again creates nothing: a
 * commune that already has a live convention next year is skipped.
 */
export interface RenewalCandidate {
  communeInseeCode: string;
  academyCode: string;
  fromConventionId: number;
  schools: SchoolView[];
  /** Schools of this year's convention that next year's will not hold, and why. */
  leftOut: Array<{ uai: string; reason: string }>;
  amountCents: number;
  existingConventionId: number | null;
  /** Why no draft will be created; null when it will. */
  skippedReason: string | null;
}

export interface RenewalPlan {
  fromSchoolYear: string;
  toSchoolYear: string;
  candidates: RenewalCandidate[];
}

type Row = Record<string, unknown>;

async function planRenewal(ctx: RequestContext, em: EntityManager, fromSchoolYear: string, academyCode: string | null | undefined): Promise<RenewalPlan> {
  const from = requireSchoolYear(fromSchoolYear, 'fromSchoolYear');
  const to = nextSchoolYear(from);
  const db = sqlBuilder(em);
  const perimeter = teamPerimeter(ctx, 'c.department_code');
  let query = db.selectFrom('convention as c')
    .innerJoin('department as dp', 'dp.code', 'c.department_code')
    .innerJoin('convention_school as e', (join) => join.onRef('e.convention_id', '=', 'c.id').on('e.withdrawn_on', 'is', null))
    .innerJoin('school as s', 's.uai', 'e.school_uai')
    .leftJoin('school_payer as sp', 'sp.school_uai', 's.uai')
    .leftJoin('convention_school as ne', (join) => join.onRef('ne.school_uai', '=', 's.uai').on('ne.school_year', '=', to).on('ne.withdrawn_on', 'is', null))
    .leftJoin('convention as nc', (join) => join.onRef('nc.commune_insee_code', '=', 'c.commune_insee_code').on('nc.school_year', '=', to).on('nc.cancelled_on', 'is', null))
    .select([
      'c.id as conventionId', 'c.commune_insee_code as conventionCommune', 'dp.academy_code as academyCode', 'sp.paying_commune_insee_code as payingCommuneInseeCode',
      'ne.convention_id as enrolledNextYear', 'nc.id as existingConventionId', ...schoolColumns('s'),
    ])
    .where('c.school_year', '=', from).where('c.status', 'in', ['SIGNED', 'EXPIRED'])
    .orderBy('c.search_name').orderBy('c.id').orderBy('s.search_name');
  if (perimeter) query = query.where(perimeter);
  if (academyCode) query = query.where('c.department_code', 'in', departmentsOfAcademy(academyCode));
  const [schoolRows, campaigns] = await Promise.all([
    rows<Row>(em, query),
    rows<{ academyCode: string; unitPriceCents: number }>(em, db.selectFrom('convention_campaign').select(['academy_code as academyCode', 'unit_price_cents as unitPriceCents']).where('school_year', '=', to)),
  ]);
  const priceOf = new Map(campaigns.map((c) => [c.academyCode, Number(c.unitPriceCents)]));
  const candidates = new Map<number, RenewalCandidate>();
  for (const row of schoolRows) {
    const conventionId = Number(row.conventionId);
    let candidate = candidates.get(conventionId);
    if (!candidate) {
      candidate = {
        communeInseeCode: row.conventionCommune as string, fromConventionId: conventionId, academyCode: row.academyCode as string, schools: [], leftOut: [], amountCents: 0,
        existingConventionId: row.existingConventionId == null ? null : Number(row.existingConventionId), skippedReason: null,
      };
      candidates.set(conventionId, candidate);
    }
    const school = schoolView(row, { commune: false, circonscription: false });
    const eligibility: EnrolmentCandidate = { ...school, payingCommuneInseeCode: (row.payingCommuneInseeCode as string | null) ?? null, enrolledInConventionId: row.enrolledNextYear == null ? null : Number(row.enrolledNextYear) };
    const refusal = enrolmentRefusal(school.uai, eligibility, candidate.communeInseeCode, to);
    if (refusal) candidate.leftOut.push({ uai: school.uai, reason: refusal.message });
    else candidate.schools.push(school);
  }
  for (const candidate of candidates.values()) {
    const price = priceOf.get(candidate.academyCode);
    candidate.amountCents = price === undefined ? 0 : conventionAmountCents(candidate.schools.length, price);
    candidate.skippedReason = candidate.existingConventionId !== null ? `Déjà renouvelée : convention n° ${candidate.existingConventionId} pour ${to}.`
      : price === undefined ? `Aucune campagne ${to} n’est ouverte pour l’académie ${candidate.academyCode}.`
        : candidate.schools.length === 0 ? 'Aucune de ses écoles ne peut être inscrite à nouveau.'
          : null;
  }
  return { fromSchoolYear: from, toSchoolYear: to, candidates: [...candidates.values()] };
}

export function previewRenewal(ctx: RequestContext, fromSchoolYear: string, academyCode?: string | null): Promise<RenewalPlan> {
  return planRenewal(ctx, ctx.em, fromSchoolYear, academyCode);
}

/** Creates the drafts the preview announces, in one transaction; returns their ids. */
export async function renewConventions(ctx: RequestContext, fromSchoolYear: string, academyCode?: string | null): Promise<number[]> {
  return ctx.em.transactional(async (tx) => {
    const plan = await planRenewal(ctx, tx, fromSchoolYear, academyCode);
    if (!plan.candidates.length) throw new InvalidInputError('fromSchoolYear', `Aucune convention signée en ${plan.fromSchoolYear} à renouveler dans votre périmètre.`);
    const created: number[] = [];
    for (const candidate of plan.candidates.filter((c) => c.skippedReason === null)) {
      const commune = await tx.findOneOrFail(Commune, { inseeCode: candidate.communeInseeCode });
      const campaign = await requireCampaign(tx, plan.toSchoolYear, candidate.academyCode);
      const draft = { commune, schoolYear: plan.toSchoolYear, campaign, uais: candidate.schools.map((s) => s.uai) };
      created.push((await openDraft(tx, ctx, draft, 'renewConventions')).id);
    }
    return created;
  });
}
