import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { NotFoundError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { Commune } from '../territory/commune.entity.js';
import { communeByCode } from '../territory/territory.service.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { SchoolGrouping, SchoolPayer } from './grouping.entity.js';
import { GroupingInput, GroupingsArgs } from './grouping.inputs.js';
import {
  communesOfGrouping, deleteGrouping, findGrouping, listGroupings, payersOfGrouping, saveGrouping, type GroupingView, type SchoolPayerView,
} from './grouping.service.js';

@ObjectType() export class GroupingPage extends PageType(SchoolGrouping) {}

@Resolver(() => SchoolGrouping)
export class GroupingResolver {
  @Roles(...CONVENTION_ROLES)
  @Query(() => GroupingPage, { description: 'Regroupements pédagogiques intercommunaux, dans le périmètre de l’utilisateur.' })
  groupings(@Args(() => GroupingsArgs) args: GroupingsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listGroupings(ctx, args, pageWants(Selection.of(info)));
  }

  @Roles(...CONVENTION_ROLES)
  @Query(() => SchoolGrouping, { nullable: true })
  async grouping(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return (await findGrouping(ctx, parseId(id, 'id'))) ?? null;
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => SchoolGrouping, { description: 'Crée (sans id) ou remplace un regroupement : communes membres et communes payeuses.' })
  async saveGrouping(@Arg('id', () => ID, { nullable: true }) id: string | null, @Arg('input', () => GroupingInput) input: GroupingInput, @Ctx() ctx: RequestContext) {
    const savedId = await saveGrouping(ctx, id, input);
    const grouping = await findGrouping(ctx, savedId);
    if (!grouping) throw new NotFoundError(`Regroupement n° ${savedId} introuvable.`);
    return grouping;
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Boolean, { description: 'Supprime un regroupement : ses écoles redeviennent payées par leur commune.' })
  async deleteGrouping(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    await deleteGrouping(ctx, id);
    return true;
  }

  @FieldResolver(() => [Commune])
  communes(@Root() grouping: GroupingView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(communesOfGrouping).load(grouping.id);
  }

  @FieldResolver(() => [SchoolPayer], { description: 'Écoles payées par une autre commune que la leur.' })
  payers(@Root() grouping: GroupingView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(payersOfGrouping).load(grouping.id);
  }
}

@Resolver(() => SchoolPayer)
export class SchoolPayerResolver {
  @FieldResolver(() => Commune)
  payingCommune(@Root() payer: SchoolPayerView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(communeByCode).load(payer.payingCommuneInseeCode);
  }
}
