import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { Roles } from '../auth/access.js';
import { Academy } from '../territory/academy.entity.js';
import { Department } from '../territory/department.entity.js';
import { academyByCode, departmentByCode } from '../territory/territory.service.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { conventionFunnel, conventionTotals, listCommunesWithoutConvention } from './dashboard.service.js';
import { CommunesWithoutConventionArgs, CommuneWithoutConventionPage, ConventionFunnel, ConventionTotal, ConventionTotals, YearScope } from './dashboard.types.js';

@Resolver()
export class ConventionDashboardResolver {
  @Roles(...CONVENTION_ROLES)
  @Query(() => ConventionFunnel, { description: 'Entonnoir d’une année : conventions par statut, montants attendus, signés, encaissés ; communes sans convention.' })
  conventionFunnel(@Arg('scope', () => YearScope) scope: YearScope, @Ctx() ctx: RequestContext) {
    return conventionFunnel(ctx, scope);
  }

  @Roles(...CONVENTION_ROLES)
  @Query(() => ConventionTotals, { description: 'Totaux d’une année par académie et par département.' })
  conventionTotals(@Arg('scope', () => YearScope) scope: YearScope, @Ctx() ctx: RequestContext) {
    return conventionTotals(ctx, scope);
  }

  @Roles(...CONVENTION_ROLES)
  @Query(() => CommuneWithoutConventionPage, { description: 'Communes qui paient pour des écoles publiques ouvertes sans convention pour l’année.' })
  communesWithoutConvention(@Args(() => CommunesWithoutConventionArgs) args: CommunesWithoutConventionArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listCommunesWithoutConvention(ctx, args, pageWants(Selection.of(info)));
  }
}

@Resolver(() => ConventionTotal)
export class ConventionTotalResolver {
  @FieldResolver(() => Academy)
  academy(@Root() total: { academyCode: string }, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(academyByCode).load(total.academyCode);
  }

  @FieldResolver(() => Department, { nullable: true })
  async department(@Root() total: { departmentCode: string | null }, @Ctx() ctx: RequestContext) {
    return total.departmentCode === null ? null : ((await ctx.loaders.get(departmentByCode).load(total.departmentCode)) ?? null);
  }
}
