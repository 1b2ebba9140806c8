import { Arg, Args, Ctx, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { NotFoundError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { amendConvention, signAmendment } from './amendment.service.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { attachConventionScan } from './convention-scans.js';
import { cancelConvention, createConvention, sendConvention, setConventionSchools, signConvention } from './convention-workflow.service.js';
import { Convention } from './convention.entity.js';
import { ConventionScanKind } from './convention.enums.js';
import { ConventionsArgs, CreateConventionInput, DeliberationInput, SignatureInput } from './convention.inputs.js';
import { findConvention, listConventions } from './convention.service.js';
import type { ConventionJoins, ConventionView } from './convention.views.js';
import { recordDeliberation } from './deliberation.service.js';

@ObjectType() export class ConventionPage extends PageType(Convention) {}

/** Join the commune and the latest deliberation in the main statement exactly when the client selected them. */
const joinsFor = (selection: Selection): ConventionJoins => ({ commune: selection.has('commune'), deliberation: selection.has('deliberation') });

/** A mutation answers with the convention as a query reads it, relations included. */
export async function rereadConvention(ctx: RequestContext, id: number | string, info: GraphQLResolveInfo): Promise<ConventionView> {
  const conventionId = typeof id === 'number' ? id : parseId(id, 'id');
  const convention = await findConvention(ctx, conventionId, joinsFor(Selection.of(info)));
  if (!convention) throw new NotFoundError(`Aucune convention n° ${conventionId}.`);
  return convention;
}

const SCHOOL_UAIS = { description: 'Codes UAI des écoles.' };

@Resolver(() => Convention)
export class ConventionResolver {
  @Roles(...CONVENTION_ROLES)
  @Query(() => ConventionPage, { description: 'Conventions, filtrées, triées et paginées, dans le périmètre de l’utilisateur.' })
  conventions(@Args(() => ConventionsArgs) args: ConventionsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const selection = Selection.of(info);
    return listConventions(ctx, args, pageWants(selection), joinsFor(selection.child('nodes')));
  }

  @Roles(...CONVENTION_ROLES)
  @Query(() => Convention, { nullable: true })
  async convention(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return (await findConvention(ctx, parseId(id, 'id'), joinsFor(Selection.of(info)))) ?? null;
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Crée le brouillon de convention d’une commune pour une année scolaire (la campagne doit être ouverte).' })
  async createConvention(@Arg('input', () => CreateConventionInput) input: CreateConventionInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return rereadConvention(ctx, await createConvention(ctx, input), info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Remplace les écoles d’un brouillon.' })
  async setConventionSchools(@Arg('id', () => ID) id: string, @Arg('schoolUais', () => [String], SCHOOL_UAIS) schoolUais: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await setConventionSchools(ctx, id, schoolUais);
    return rereadConvention(ctx, id, info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Envoie le brouillon à la commune (DRAFT → SENT).' })
  async sendConvention(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await sendConvention(ctx, id);
    return rereadConvention(ctx, id, info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Enregistre la délibération du conseil municipal : adoptée, SENT → DELIBERATED ; rejetée, la convention reste SENT.' })
  async recordDeliberation(
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('input', () => DeliberationInput) input: DeliberationInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await recordDeliberation(ctx, conventionId, input);
    return rereadConvention(ctx, conventionId, info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Enregistre les signatures des deux parties (DELIBERATED → SIGNED) : le montant et la date de fin sont figés.' })
  async signConvention(@Arg('id', () => ID) id: string, @Arg('input', () => SignatureInput) input: SignatureInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await signConvention(ctx, id, input);
    return rereadConvention(ctx, id, info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Annule une convention non signée ; ses écoles sont libérées.' })
  async cancelConvention(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await cancelConvention(ctx, id, reason);
    return rereadConvention(ctx, id, info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Ajoute des écoles à une convention signée, par un avenant qui a son propre montant.' })
  async amendConvention(@Arg('id', () => ID) id: string, @Arg('schoolUais', () => [String], SCHOOL_UAIS) schoolUais: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    await amendConvention(ctx, id, schoolUais);
    return rereadConvention(ctx, id, info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Enregistre les signatures d’un avenant ; répond avec sa convention.' })
  async signAmendment(@Arg('id', () => ID) id: string, @Arg('input', () => SignatureInput) input: SignatureInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return rereadConvention(ctx, await signAmendment(ctx, id, input), info);
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => Convention, { description: 'Joint un PDF déposé (POST /files?purpose=convention-scan) : convention signée ou délibération.' })
  async attachConventionScan(
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('fileId', () => ID) fileId: string,
    @Arg('kind', () => ConventionScanKind) kind: ConventionScanKind,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await attachConventionScan(ctx, conventionId, fileId, kind);
    return rereadConvention(ctx, conventionId, info);
  }
}
