import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { todayInParis } from '../common/dates.js';
import { PageType, pageWants } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { Selection } from '../common/selection.js';
import { NotFoundError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { Amendment, Convention } from './convention.entity.js';
import { amendmentsOfConvention, conventionById, type PaymentView } from './convention.loaders.js';
import { Payment } from './payment.entity.js';
import { PaymentsArgs, RevenueOrderInput } from './payment.inputs.js';
import { findPayment, isOverdue, listPayments, recordPayment, recordRevenueOrder } from './payment.service.js';

@ObjectType() export class PaymentPage extends PageType(Payment) {}

async function reread(ctx: RequestContext, id: number): Promise<PaymentView> {
  const payment = await findPayment(ctx, id);
  if (!payment) throw new NotFoundError(`Titre de recette n° ${id} introuvable.`);
  return payment;
}

@Resolver(() => Payment)
export class PaymentResolver {
  @Roles(...CONVENTION_ROLES)
  @Query(() => PaymentPage, { description: 'Titres de recette ; `filter: { overdue: true }` donne les impayés en retard.' })
  payments(@Args(() => PaymentsArgs) args: PaymentsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listPayments(ctx, args, pageWants(Selection.of(info)));
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Payment, { description: 'Enregistre le titre de recette d’une convention signée (ou d’un de ses avenants signés).' })
  async recordRevenueOrder(@Arg('conventionId', () => ID) conventionId: string, @Arg('input', () => RevenueOrderInput) input: RevenueOrderInput, @Ctx() ctx: RequestContext) {
    return reread(ctx, await recordRevenueOrder(ctx, conventionId, input));
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Payment, { description: 'Enregistre le paiement d’un titre de recette.' })
  async recordPayment(@Arg('paymentId', () => ID) paymentId: string, @Arg('paidOn', () => DateScalar) paidOn: string, @Ctx() ctx: RequestContext) {
    return reread(ctx, await recordPayment(ctx, paymentId, paidOn));
  }

  @FieldResolver(() => Convention)
  convention(@Root() payment: PaymentView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(conventionById).load(payment.conventionId);
  }

  @FieldResolver(() => Amendment, { nullable: true, description: 'L’avenant facturé ; null : la convention elle-même.' })
  async amendment(@Root() payment: PaymentView, @Ctx() ctx: RequestContext) {
    if (payment.amendmentId === null) return null;
    return ((await ctx.loaders.get(amendmentsOfConvention).load(payment.conventionId)) ?? []).find((a) => a.id === payment.amendmentId) ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Impayé après l’échéance.' })
  overdue(@Root() payment: PaymentView, @Ctx() ctx: RequestContext) {
    return isOverdue(payment, todayInParis(ctx.now));
  }
}
