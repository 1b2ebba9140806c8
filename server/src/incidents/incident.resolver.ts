import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { OrderDirection, PageArgs, PageType, pageWants } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { Selection } from '../common/selection.js';
import { NotFoundError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { Agent } from '../auth/agent.js';
import { Role } from '../auth/auth.enums.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Incident } from './incident.entity.js';
import { IncidentComment } from './incident-comment.entity.js';
import { IncidentScope, IncidentStatus, Priority } from './incident.enums.js';
import { IncidentFilter, IncidentOrderField, IncidentsArgs, ReportIncidentInput } from './incident.inputs.js';
import { INCIDENT_READERS, INCIDENT_REPORTERS } from './incident.perimeter.js';
import { isOpen, OPEN_STATUSES } from './incident-status.rules.js';
import { autoCloseOn, isLate, remainingMinutes } from './incident.rules.js';
import { attachIncidentFiles, attachmentsOf } from './incident-attachments.service.js';
import { reportIncident } from './incident-report.service.js';
import { childrenOf, commentsOf, findIncident, incidentById, listIncidents } from './incident.service.js';
import { incidentReadFor, type IncidentView } from './incident.views.js';
import {
  assignIncident, changeIncidentStatus, commentIncident, escalateIncident, incidentAgents, linkIncidents, overrideIncidentPriority, recordVendorAnswer, resolveMajorIncident,
} from './incident-workflow.service.js';

@ObjectType() export class IncidentPage extends PageType(Incident) {}

@ArgsType()
export class IncidentQueueArgs extends PageArgs {
  @Field(() => IncidentFilter, { nullable: true, description: 'Sans statut : les incidents ouverts (nouveaux, attribués, en cours, en attente).' })
  @IsOptional() @ValidateNested()
  filter?: IncidentFilter | null;
}

const SUPPORT = [Role.SUPPORT];

@Resolver(() => Incident)
export class IncidentResolver {
  @Roles(...INCIDENT_READERS)
  @Query(() => IncidentPage, { description: 'Incidents lisibles dans son périmètre, filtrés, triés, paginés (par défaut : les plus récents d’abord).' })
  incidents(@Args(() => IncidentsArgs) args: IncidentsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const selection = Selection.of(info);
    return listIncidents(ctx, args, pageWants(selection), incidentReadFor(selection.child('nodes')));
  }

  @Roles(...INCIDENT_READERS)
  @Query(() => IncidentPage, { description: 'La file de l’assistance : échéance de résolution la plus proche d’abord.' })
  incidentQueue(@Args(() => IncidentQueueArgs) args: IncidentQueueArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const selection = Selection.of(info);
    const filter = { ...args.filter, status: args.filter?.status?.length ? args.filter.status : [...OPEN_STATUSES] };
    const orderBy = [{ field: IncidentOrderField.RESOLVE_DUE_AT, direction: OrderDirection.ASC }];
    return listIncidents(ctx, { ...args, filter, orderBy }, pageWants(selection), incidentReadFor(selection.child('nodes')));
  }

  @Roles(...INCIDENT_READERS)
  @Query(() => Incident, { nullable: true, description: 'Un incident ; FORBIDDEN hors de son périmètre.' })
  async incident(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return (await findIncident(ctx, parseId(id, 'id'), incidentReadFor(Selection.of(info)))) ?? null;
  }

  @Roles(...SUPPORT)
  @Query(() => [Agent], { description: 'À qui attribuer un incident : les comptes actifs de l’assistance et les administrateurs, par nom.' })
  incidentAgents(@Ctx() ctx: RequestContext) {
    return incidentAgents(ctx);
  }

  @Roles(...INCIDENT_REPORTERS)
  @Mutation(() => Incident, { description: 'Enregistre un signalement (24 h/24) ; la priorité vient de la matrice impact × urgence.' })
  async reportIncident(@Arg('input', () => ReportIncidentInput) input: ReportIncidentInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return reread(ctx, await reportIncident(ctx, input), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Attribue l’incident à un agent de l’assistance ; un incident nouveau passe « attribué ».' })
  async assignIncident(@Arg('id', () => ID) id: string, @Arg('assigneeId', () => ID) assigneeId: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await assignIncident(ctx, parseId(id, 'id'), parseId(assigneeId, 'assigneeId'));
    return reread(ctx, parseId(id, 'id'), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Change le statut ; un passage refusé donne CONFLICT. Pour RESOLVED, le motif est le message envoyé au déclarant.' })
  async changeIncidentStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => IncidentStatus) status: IncidentStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await changeIncidentStatus(ctx, parseId(id, 'id'), status, reason ?? null);
    return reread(ctx, parseId(id, 'id'), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Fixe la priorité à la main, avec un motif (journalisé) ; les échéances suivent.' })
  async overrideIncidentPriority(
    @Arg('id', () => ID) id: string,
    @Arg('priority', () => Priority) priority: Priority,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await overrideIncidentPriority(ctx, parseId(id, 'id'), priority, reason);
    return reread(ctx, parseId(id, 'id'), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Commentaire : public (envoyé au déclarant par courriel) ou interne.' })
  async commentIncident(
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Arg('internal', () => Boolean, { nullable: true, defaultValue: false }) internal: boolean | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await commentIncident(ctx, parseId(id, 'id'), body, internal ?? false);
    return reread(ctx, parseId(id, 'id'), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Transmet l’incident au prestataire de l’ENT sous la référence de son ticket.' })
  async escalateIncident(@Arg('id', () => ID) id: string, @Arg('vendorReference', () => String) vendorReference: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await escalateIncident(ctx, parseId(id, 'id'), vendorReference);
    return reread(ctx, parseId(id, 'id'), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Enregistre la réponse du prestataire.' })
  async recordVendorAnswer(@Arg('id', () => ID) id: string, @Arg('answer', () => String) answer: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await recordVendorAnswer(ctx, parseId(id, 'id'), answer);
    return reread(ctx, parseId(id, 'id'), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Rattache des incidents à un incident majeur (une panne touchant beaucoup d’écoles).' })
  async linkIncidents(@Arg('parentId', () => ID) parentId: string, @Arg('childIds', () => [ID]) childIds: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await linkIncidents(ctx, parseId(parentId, 'parentId'), childIds.map((id) => parseId(id, 'childIds')));
    return reread(ctx, parseId(parentId, 'parentId'), info);
  }

  @Roles(...SUPPORT)
  @Mutation(() => Incident, { description: 'Résout un incident majeur et ses incidents rattachés, avec un seul message (un courriel par déclarant).' })
  async resolveMajorIncident(@Arg('id', () => ID) id: string, @Arg('message', () => String) message: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await resolveMajorIncident(ctx, parseId(id, 'id'), message);
    return reread(ctx, parseId(id, 'id'), info);
  }

  @Roles(...INCIDENT_REPORTERS)
  @Mutation(() => Incident, { description: 'Joint des fichiers déposés (POST /files?purpose=incident-attachment) à un incident de son périmètre.' })
  async attachIncidentFiles(@Arg('id', () => ID) id: string, @Arg('fileIds', () => [ID]) fileIds: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await attachIncidentFiles(ctx, parseId(id, 'id'), fileIds.map((fileId) => parseId(fileId, 'fileIds')));
    return reread(ctx, parseId(id, 'id'), info);
  }

  @FieldResolver(() => IncidentScope)
  scope(@Root() incident: IncidentView): IncidentScope {
    if (incident.schoolUai) return IncidentScope.SCHOOL;
    return incident.communeInseeCode ? IncidentScope.COMMUNE : IncidentScope.PLATFORM;
  }

  @FieldResolver(() => Boolean, { description: 'Prise en charge après son échéance (ou pas encore, échéance passée).' })
  ownBreached(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return isLate(incident.ownDueAt, incident.ownedAt, ctx.now);
  }

  @FieldResolver(() => Boolean, { description: 'Échéance de résolution passée avant la résolution ou l’arrêt du décompte.' })
  resolveBreached(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return isLate(incident.resolveDueAt, incident.clockStoppedAt, ctx.now);
  }

  @FieldResolver(() => Boolean, { description: 'Une des deux échéances est dépassée (le filtre `breached`).' })
  breached(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return this.ownBreached(incident, ctx) || this.resolveBreached(incident, ctx);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes ouvrées restant pour résoudre, négatif après l’échéance ; figé pendant une attente ; null une fois résolu.' })
  remainingMinutes(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return isOpen(incident.status) ? remainingMinutes(incident.resolveDueAt, incident.clockStoppedAt, ctx.now, incident.departmentCode) : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date de clôture automatique d’un incident résolu (7 jours calendaires).' })
  autoCloseOn(@Root() incident: IncidentView) {
    return incident.status === IncidentStatus.RESOLVED && incident.resolvedAt ? autoCloseOn(incident.resolvedAt) : null;
  }

  @FieldResolver(() => Incident, { nullable: true })
  parent(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return incident.parentId === null ? null : ctx.loaders.get(incidentById).load(incident.parentId);
  }

  @FieldResolver(() => [Incident], { description: 'Incidents rattachés, s’il s’agit d’un incident majeur (ceux de son périmètre).' })
  async children(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(childrenOf).load(incident.id))?.children ?? [];
  }

  @FieldResolver(() => [IncidentComment], { description: 'Commentaires, du plus ancien au plus récent ; les internes pour l’assistance seulement.' })
  async comments(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(commentsOf).load(incident.id))?.comments ?? [];
  }

  @FieldResolver(() => [StoredFile], { description: 'Pièces jointes (téléchargement : GET /files/:id).' })
  async attachments(@Root() incident: IncidentView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(attachmentsOf).load(incident.id))?.files ?? [];
  }
}

/** A mutation answers with the incident as a query would read it, relations included. */
async function reread(ctx: RequestContext, id: number, info: GraphQLResolveInfo): Promise<IncidentView> {
  const incident = await findIncident(ctx, id, incidentReadFor(Selection.of(info)));
  if (!incident) throw new NotFoundError(`Aucun incident n° ${id}.`);
  return incident;
}
