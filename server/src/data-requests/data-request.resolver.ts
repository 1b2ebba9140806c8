import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { todayInParis } from '../common/dates.js';
import { PageType, pageWants } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { Selection } from '../common/selection.js';
import { InvalidInputError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { ProcessingActivity } from '../processing-register/processing-activity.entity.js';
import { School } from '../schools/school.entity.js';
import { DataSubjectRequest, Person } from './data-request.entity.js';
import { DataSubjectRight } from './data-request.enums.js';
import {
  AnswerDataSubjectRequestInput, CreateDataSubjectRequestInput, DataSubjectRequestsArgs, ExtendDataSubjectRequestInput, IdentityCheckInput,
  ReopenDataSubjectRequestInput, UpdateDataSubjectRequestInput,
} from './data-request.inputs.js';
import { dashboard, identityProofsByRequest, listRequests, processingById, readRequest, report, schoolByUai, type ReadSpec } from './data-request.reads.js';
import { answerRequest, closeRequest, createRequest, extendRequest, reopenRequest, startRequest, updateRequest } from './data-request.service.js';
import { DataSubjectRequestDashboard, DataSubjectRequestReport, RightGuidance } from './data-request.types.js';
import type { RequestView } from './data-request.views.js';
import { daysLeft } from './deadline.rules.js';
import { guidanceFor } from './guidance.rules.js';
import { recordIdentityCheck } from './identity.service.js';
import { OPEN_STATUSES } from './request.rules.js';

@ObjectType() export class DataSubjectRequestPage extends PageType(DataSubjectRequest) {}

/** Join the processing when it is shown or needed for the guidance; record the selected fields in the audit trail. */
function readSpec(selection: Selection): ReadSpec {
  return { processing: selection.has('processing') || selection.has('guidance'), fields: selection.names() };
}

const spec = (info: GraphQLResolveInfo) => readSpec(Selection.of(info));
const isOpen = (request: RequestView) => OPEN_STATUSES.includes(request.status);

/** Data-subject requests: the DPO's (and administrators') only; every read is audited. */
@Resolver(() => DataSubjectRequest)
export class DataSubjectRequestResolver {
  @Roles(Role.DPO)
  @Query(() => DataSubjectRequestPage, { description: 'Demandes d’exercice des droits, par échéance par défaut (chaque demande affichée est journalisée).' })
  dataSubjectRequests(@Args(() => DataSubjectRequestsArgs) args: DataSubjectRequestsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const selection = Selection.of(info);
    return listRequests(ctx, args, pageWants(selection), readSpec(selection.child('nodes')));
  }

  @Roles(Role.DPO)
  @Query(() => DataSubjectRequest, { description: 'Une demande (lecture journalisée) ; NOT_FOUND si elle n’existe pas.' })
  dataSubjectRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, id, spec(info));
  }

  @Roles(Role.DPO)
  @Query(() => DataSubjectRequestDashboard, { description: 'Accueil du DPO.' })
  dataSubjectRequestDashboard(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const selection = Selection.of(info);
    return dashboard(ctx, { ...readSpec(selection.child('dueThisMonth')), dueThisMonth: selection.has('dueThisMonth') });
  }

  @Roles(Role.DPO)
  @Query(() => DataSubjectRequestReport, { description: 'Bilan annuel : demandes par droit, délai médian, part des réponses dans le délai.' })
  dataSubjectRequestReport(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    if (year < 2018 || year > 9999) throw new InvalidInputError('year', 'Année attendue à partir de 2018 (entrée en application du RGPD).');
    return report(ctx, year);
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Enregistre une demande : référence DPO-AAAA-NNNN et échéance (un mois, RGPD art. 12, §3).' })
  async createDataSubjectRequest(@Arg('input', () => CreateDataSubjectRequestInput) input: CreateDataSubjectRequestInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await createRequest(ctx, input), spec(info));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Modifie une demande (verrouillage optimiste par `version`).' })
  async updateDataSubjectRequest(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateDataSubjectRequestInput) input: UpdateDataSubjectRequestInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await updateRequest(ctx, id, input), spec(info));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Prend la demande en charge (RECEIVED → IN_PROGRESS).' })
  async startDataSubjectRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await startRequest(ctx, id), spec(info));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Prolonge de deux mois : motifs obligatoires, personne informée au plus tard à l’échéance initiale.' })
  async extendDataSubjectRequest(@Arg('id', () => ID) id: string, @Arg('input', () => ExtendDataSubjectRequestInput) input: ExtendDataSubjectRequestInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await extendRequest(ctx, id, input), spec(info));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Vérification d’identité : demandée, reçue (justificatifs), vérifiée ou non établie (justificatifs effacés).' })
  async recordIdentityCheck(@Arg('id', () => ID) id: string, @Arg('input', () => IdentityCheckInput) input: IdentityCheckInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await recordIdentityCheck(ctx, id, input), spec(info));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Enregistre la réponse ; la première fixe pour toujours si elle était en retard.' })
  async answerDataSubjectRequest(@Arg('id', () => ID) id: string, @Arg('input', () => AnswerDataSubjectRequestInput) input: AnswerDataSubjectRequestInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await answerRequest(ctx, id, input), spec(info));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Clôt une demande répondue.' })
  async closeDataSubjectRequest(@Arg('id', () => ID) id: string, @Arg('closedOn', () => DateScalar) closedOn: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await closeRequest(ctx, id, closedOn), spec(info));
  }

  @Roles(Role.DPO)
  @Mutation(() => DataSubjectRequest, { description: 'Rouvre une demande répondue ou close sur plainte auprès de la CNIL.' })
  async reopenDataSubjectRequest(@Arg('id', () => ID) id: string, @Arg('input', () => ReopenDataSubjectRequestInput) input: ReopenDataSubjectRequestInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return readRequest(ctx, await reopenRequest(ctx, id, input), spec(info));
  }

  @FieldResolver(() => [DataSubjectRight])
  rights(@Root() request: RequestView) {
    return request.rights;
  }

  @FieldResolver(() => Person)
  applicant(@Root() request: RequestView) {
    return request.applicant;
  }

  @FieldResolver(() => Person, { description: 'La personne concernée : le demandeur lui-même quand il agit pour son compte.' })
  subject(@Root() request: RequestView) {
    return request.subject;
  }

  @FieldResolver(() => [String])
  schoolUais(@Root() request: RequestView) {
    return request.schoolUais;
  }

  @FieldResolver(() => [String])
  communeInseeCodes(@Root() request: RequestView) {
    return request.communeInseeCodes;
  }

  @FieldResolver(() => [School])
  async schools(@Root() request: RequestView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(schoolByUai).loadMany(request.schoolUais)).filter((school) => school && !(school instanceof Error));
  }

  @FieldResolver(() => ProcessingActivity, { nullable: true, description: 'Traitement du registre concerné.' })
  async processing(@Root() request: RequestView, @Ctx() ctx: RequestContext) {
    if (request.processing !== undefined || request.processingId === null) return request.processing ?? null;
    return (await ctx.loaders.get(processingById).load(request.processingId)) ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Jours calendaires jusqu’à l’échéance (0 le jour même, négatif en retard) ; null une fois répondue.' })
  daysLeft(@Root() request: RequestView, @Ctx() ctx: RequestContext) {
    return isOpen(request) ? daysLeft(request.dueOn, todayInParis(ctx.now)) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Pas encore répondue et échéance dépassée.' })
  overdue(@Root() request: RequestView, @Ctx() ctx: RequestContext) {
    return isOpen(request) && request.dueOn < todayInParis(ctx.now);
  }

  @FieldResolver(() => Boolean)
  extended(@Root() request: RequestView) {
    return request.extensionNotifiedOn !== null;
  }

  @FieldResolver(() => [RightGuidance], { description: 'Pour chaque droit exercé : s’il s’applique au traitement, et le motif de refus proposé.' })
  async guidance(@Root() request: RequestView, @Ctx() ctx: RequestContext) {
    const processing = await this.processing(request, ctx);
    return guidanceFor(request.rights, processing?.legalBasis ?? null);
  }

  @FieldResolver(() => [StoredFile], { description: 'Justificatifs d’identité reçus (contenu effacé une fois l’identité décidée).' })
  async identityProofs(@Root() request: RequestView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(identityProofsByRequest).load(request.id))?.files ?? [];
  }
}
