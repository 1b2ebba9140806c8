import { Arg, Args, Ctx, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { NotFoundError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { Academy } from '../territory/academy.entity.js';
import { academyByCode } from '../territory/territory.service.js';
import { Campaign } from './campaign.entity.js';
import { CampaignInput, CampaignsArgs } from './campaign.inputs.js';
import { findCampaign, listCampaigns, saveCampaign } from './campaign.service.js';
import type { CampaignView } from './campaign.views.js';
import { CONVENTION_ROLES } from './convention-access.js';

@ObjectType() export class CampaignPage extends PageType(Campaign) {}

/** Campaigns: public terms (price, end date, signatory), read by the convention teams whatever their perimeter. */
@Resolver(() => Campaign)
export class CampaignResolver {
  @Roles(...CONVENTION_ROLES)
  @Query(() => CampaignPage, { description: 'Campagnes de conventionnement, les plus récentes d’abord.' })
  campaigns(@Args(() => CampaignsArgs) args: CampaignsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listCampaigns(ctx, args, pageWants(Selection.of(info)));
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Campaign, { description: 'Ouvre ou met à jour la campagne d’une année scolaire pour une académie ; les conventions non signées suivent le nouveau tarif.' })
  async saveCampaign(@Arg('input', () => CampaignInput) input: CampaignInput, @Ctx() ctx: RequestContext) {
    const id = await saveCampaign(ctx, input);
    const campaign = await findCampaign(ctx, id);
    if (!campaign) throw new NotFoundError(`Campagne n° ${id} introuvable.`);
    return campaign;
  }

  @FieldResolver(() => Academy)
  academy(@Root() campaign: CampaignView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(academyByCode).load(campaign.academyCode);
  }
}
