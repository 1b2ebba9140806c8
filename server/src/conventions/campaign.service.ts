import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { frenchDate, isIsoDate } from '../common/dates.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { execute, firstRow, sqlBuilder } from '../common/sql.js';
import { InvalidInputError } from '../errors.js';
import { changesBetween, creation, recordAudit } from '../audit/audit.service.js';
import { Academy } from '../territory/academy.entity.js';
import type { PageWants } from '../territory/territory.service.js';
import { schoolYearBounds } from './amount.rules.js';
import { Campaign } from './campaign.entity.js';
import { CampaignOrderField, type CampaignInput, type CampaignsArgs } from './campaign.inputs.js';
import { campaignColumns, campaignView, type CampaignView } from './campaign.views.js';
import { requireAcademy } from './convention-access.js';
import { requireSchoolYear, requireText } from './input-checks.js';

/** Conventions whose price and end date still follow their campaign: those not signed yet. */
export const UNSIGNED = ['DRAFT', 'SENT', 'DELIBERATED'] as const;

export function listCampaigns(ctx: RequestContext, args: CampaignsArgs, wants: PageWants): Promise<Page<CampaignView>> {
  const { schoolYear, academyCode } = args.filter ?? {};
  return listPage(ctx.em, {
    from: 'convention_campaign as cc',
    key: 'cc.id',
    where: (q) => {
      if (schoolYear) q = q.where('cc.school_year', '=', requireSchoolYear(schoolYear));
      if (academyCode) q = q.where('cc.academy_code', '=', academyCode);
      return q;
    },
    orderColumns: { [CampaignOrderField.SCHOOL_YEAR]: 'cc.school_year', [CampaignOrderField.ACADEMY_CODE]: 'cc.academy_code' },
    orderBy: args.orderBy,
    defaultOrder: [{ field: CampaignOrderField.SCHOOL_YEAR, direction: OrderDirection.DESC }, { field: CampaignOrderField.ACADEMY_CODE, direction: OrderDirection.ASC }],
    select: (q) => q.select(campaignColumns('cc')),
    toView: campaignView,
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export async function findCampaign(ctx: RequestContext, id: number): Promise<CampaignView | undefined> {
  const row = await firstRow<Record<string, unknown>>(ctx.em, sqlBuilder(ctx.em).selectFrom('convention_campaign as cc').select(campaignColumns('cc')).where('cc.id', '=', id));
  return row && campaignView(row);
}

/** The campaign a commune's convention needs, or bad input on `schoolYear`: the academic team opens each year first. */
export async function requireCampaign(em: EntityManager, schoolYear: string, academyCode: string): Promise<Campaign> {
  const campaign = await em.findOne(Campaign, { schoolYear, academy: academyCode });
  if (!campaign) {
    throw new InvalidInputError('schoolYear', `Aucune campagne ${schoolYear} n’est ouverte pour l’académie ${academyCode} : ouvrez-la d’abord (tarif, date de fin, signataire).`);
  }
  return campaign;
}

/**
 * The end date falls after the school year has begun and before the end of the next calendar year: the
 * documents' dates (31 October 2023 for 2022-2023, 5 September 2024 for 2023-2024) run past the year's
 * 31 August, so the year's own end cannot bound them.
 */
function requireEndDate(schoolYear: string, endDate: string): void {
  const { startsOn, endsOn } = schoolYearBounds(schoolYear);
  const latest = `${endsOn.slice(0, 4)}-12-31`;
  if (!isIsoDate(endDate) || endDate <= startsOn || endDate > latest) {
    throw new InvalidInputError('conventionEndDate', `La date de fin des conventions ${schoolYear} doit être postérieure au ${frenchDate(startsOn)} et au plus tard le 31/12/${endsOn.slice(0, 4)}.`);
  }
}

const snapshot = (c: Campaign) => ({
  unitPriceCents: c.unitPriceCents, conventionEndDate: c.conventionEndDate, signatoryName: c.signatoryName, signatoryTitle: c.signatoryTitle, dataControllerWording: c.dataControllerWording,
});

/**
 * Creates or updates the campaign of a school year and académie. Conventions not signed yet follow the new
 * price and end date in the same transaction (their amount is frozen only at signature).
 */
export async function saveCampaign(ctx: RequestContext, input: CampaignInput): Promise<number> {
  const schoolYear = requireSchoolYear(input.schoolYear);
  requireEndDate(schoolYear, input.conventionEndDate);
  return ctx.em.transactional(async (tx) => {
    const academy = await requireAcademy(ctx, tx, input.academyCode);
    const fields = {
      unitPriceCents: input.unitPriceCents,
      conventionEndDate: input.conventionEndDate,
      signatoryName: requireText(input.signatoryName, 'signatoryName', 'Le nom du signataire'),
      signatoryTitle: requireText(input.signatoryTitle, 'signatoryTitle', 'La qualité du signataire'),
      dataControllerWording: input.dataControllerWording ? requireText(input.dataControllerWording, 'dataControllerWording', 'Le responsable de traitement') : `la ${academy.regionName.charAt(0).toLowerCase()}${academy.regionName.slice(1)}`,
    };
    let campaign = await tx.findOne(Campaign, { schoolYear, academy: academy.code });
    const before = campaign ? snapshot(campaign) : null;
    if (campaign) Object.assign(campaign, fields);
    else campaign = tx.create(Campaign, { schoolYear, academy: tx.getReference(Academy, academy.code), ...fields });
    await tx.flush();
    const db = sqlBuilder(tx);
    await execute(tx, db.updateTable('convention').set((eb) => ({
      unit_price_cents: fields.unitPriceCents,
      amount_cents: eb(eb.selectFrom('convention_school as e').select((s) => s.fn.countAll().as('n')).whereRef('e.convention_id', '=', 'convention.id').where('e.amendment_id', 'is', null), '*', fields.unitPriceCents),
      ends_on: fields.conventionEndDate,
      updated_at: ctx.now,
    })).where('school_year', '=', schoolYear).where('status', 'in', UNSIGNED)
      .where('department_code', 'in', db.selectFrom('department').select('code').where('academy_code', '=', academy.code)));
    recordAudit(tx, ctx, { operation: 'saveCampaign', targetType: 'Campaign', targetId: campaign.id, changes: before ? changesBetween(before, snapshot(campaign)) : creation({ schoolYear, academyCode: academy.code, ...snapshot(campaign) }) });
    return campaign.id;
  });
}
