import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { PageType, pageWants } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { Selection } from '../common/selection.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { hoursLeft, mustInformPeople, notificationDeadline, notificationRequired, notifiedLate } from './breach.rules.js';
import { DataBreach } from './data-breach.entity.js';
import { DataBreachesArgs, NotifyBreachInput, OpenBreachInput, UpdateBreachInput } from './data-breach.inputs.js';
import { findBreach, informBreachSubjects, listBreaches, notifyBreach, openBreach, updateBreach } from './data-breach.service.js';
import type { BreachView } from './data-breach.views.js';

@ObjectType() export class DataBreachPage extends PageType(DataBreach) {}

/** The register of personal-data breaches (GDPR Art. 33(5)), kept by the DPO. */
@Resolver(() => DataBreach)
export class DataBreachResolver {
  @Roles(Role.DPO)
  @Query(() => DataBreachPage, { description: 'Registre des violations, les plus récentes d’abord.' })
  dataBreaches(@Args(() => DataBreachesArgs) args: DataBreachesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return listBreaches(ctx, args, pageWants(Selection.of(info)));
  }

  @Roles(Role.DPO)
  @Query(() => DataBreach, { description: 'Une violation ; NOT_FOUND si elle n’existe pas.' })
  dataBreach(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return findBreach(ctx.em, id);
  }

  @Roles(Role.DPO)
  @Mutation(() => DataBreach, { description: 'Ouvre une violation (depuis un incident avec `incidentId`) : le délai de 72 heures court.' })
  async openBreach(@Arg('input', () => OpenBreachInput) input: OpenBreachInput, @Ctx() ctx: RequestContext) {
    return findBreach(ctx.em, await openBreach(ctx, input));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataBreach, { description: 'Complète une violation (verrouillage optimiste par `version`).' })
  async updateBreach(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateBreachInput) input: UpdateBreachInput, @Ctx() ctx: RequestContext) {
    return findBreach(ctx.em, await updateBreach(ctx, id, input));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataBreach, { description: 'Enregistre la notification à la CNIL ; au-delà de 72 heures, les motifs du retard sont obligatoires.' })
  async notifyBreach(@Arg('id', () => ID) id: string, @Arg('input', () => NotifyBreachInput) input: NotifyBreachInput, @Ctx() ctx: RequestContext) {
    return findBreach(ctx.em, await notifyBreach(ctx, id, input));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataBreach, { description: 'Enregistre que les personnes concernées ont été informées (art. 34).' })
  async informBreachSubjects(@Arg('id', () => ID) id: string, @Arg('informedOn', () => DateScalar) informedOn: string, @Ctx() ctx: RequestContext) {
    return findBreach(ctx.em, await informBreachSubjects(ctx, id, informedOn));
  }

  @FieldResolver(() => DateTimeScalar, { description: 'Prise de connaissance + 72 heures (heures calendaires).' })
  notificationDeadline(@Root() breach: BreachView) {
    return notificationDeadline(breach.awareAt);
  }

  @FieldResolver(() => Boolean, { description: 'Notification à la CNIL requise : risque pour les droits et libertés.' })
  notificationRequired(@Root() breach: BreachView) {
    return notificationRequired(breach.risk);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Heures restantes pour notifier (négatives une fois dépassées) ; null si notifiée ou non requise.' })
  hoursLeft(@Root() breach: BreachView, @Ctx() ctx: RequestContext) {
    return hoursLeft(breach, ctx.now);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Notifiée au-delà de 72 heures ; null tant qu’elle ne l’est pas.' })
  notifiedLate(@Root() breach: BreachView) {
    return breach.cnilNotifiedAt ? notifiedLate(breach.awareAt, breach.cnilNotifiedAt) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Les personnes concernées ont été informées.' })
  peopleInformed(@Root() breach: BreachView) {
    return breach.peopleInformedOn !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Risque élevé et personnes pas encore informées (art. 34).' })
  mustInformPeople(@Root() breach: BreachView) {
    return mustInformPeople(breach.risk, breach.peopleInformedOn);
  }
}
