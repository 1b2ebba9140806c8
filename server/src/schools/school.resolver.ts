import { Arg, Args, Ctx, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { DateScalar } from '../common/scalars.js';
import { PageType, pageWants } from '../common/pagination.js';
import { Selection } from '../common/selection.js';
import { NotFoundError } from '../errors.js';
import { Roles, SignedIn } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { Circonscription } from '../territory/circonscription.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { circonscriptionById, communeByCode } from '../territory/territory.service.js';
import { School } from './school.entity.js';
import { CreateSchoolInput, SchoolsArgs, UpdateSchoolInput } from './school.inputs.js';
import { closeSchool, createSchool, findSchool, listSchools, updateSchool } from './school.service.js';
import type { SchoolJoins, SchoolView } from './school.views.js';

@ObjectType() export class SchoolPage extends PageType(School) {}

/** Join a relation in the main statement exactly when the client selected it. */
const joinsFor = (selection: Selection): SchoolJoins => ({
  commune: selection.has('commune'), communeDepartment: selection.child('commune').has('department'), circonscription: selection.has('circonscription'), publicationDirector: selection.has('publicationDirector'),
});

@Resolver(() => School)
export class SchoolResolver {
  @SignedIn()
  @Query(() => SchoolPage, { description: 'Écoles, filtrées, triées et paginées.' })
  schools(@Args(() => SchoolsArgs) args: SchoolsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const selection = Selection.of(info);
    return listSchools(ctx, args, pageWants(selection), joinsFor(selection.child('nodes')));
  }

  @SignedIn()
  @Query(() => School, { nullable: true, description: 'Une école par son code UAI.' })
  async school(@Arg('uai', () => String) uai: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return (await findSchool(ctx, uai, joinsFor(Selection.of(info)))) ?? null;
  }

  @Roles(Role.ADMIN, Role.ACADEMIC_TEAM)
  @Mutation(() => School, { description: 'Crée une école.' })
  async createSchool(@Arg('input', () => CreateSchoolInput) input: CreateSchoolInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return reread(ctx, await createSchool(ctx, input), info);
  }

  @Roles(Role.ADMIN, Role.ACADEMIC_TEAM)
  @Mutation(() => School, { description: 'Modifie une école (verrouillage optimiste par `version`).' })
  async updateSchool(
    @Arg('uai', () => String) uai: string,
    @Arg('input', () => UpdateSchoolInput) input: UpdateSchoolInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await updateSchool(ctx, uai, input);
    return reread(ctx, uai, info);
  }

  @Roles(Role.ADMIN, Role.ACADEMIC_TEAM)
  @Mutation(() => School, { description: 'Ferme une école à une date donnée.' })
  async closeSchool(
    @Arg('uai', () => String) uai: string,
    @Arg('closedOn', () => DateScalar) closedOn: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    await closeSchool(ctx, uai, closedOn);
    return reread(ctx, uai, info);
  }

  @FieldResolver(() => Commune)
  commune(@Root() school: SchoolView, @Ctx() ctx: RequestContext) {
    return school.commune ?? ctx.loaders.get(communeByCode).load(school.communeInseeCode);
  }

  @FieldResolver(() => Circonscription, { nullable: true })
  circonscription(@Root() school: SchoolView, @Ctx() ctx: RequestContext) {
    if (school.circonscription !== undefined || school.circonscriptionId === null) return school.circonscription ?? null;
    return ctx.loaders.get(circonscriptionById).load(school.circonscriptionId);
  }
}

/** A mutation answers with the school as a query would read it, relations included. */
async function reread(ctx: RequestContext, uai: string, info: GraphQLResolveInfo): Promise<SchoolView> {
  const school = await findSchool(ctx, uai, joinsFor(Selection.of(info)));
  if (!school) throw new NotFoundError(`Aucune école ne porte le code UAI ${uai}.`);
  return school;
}
