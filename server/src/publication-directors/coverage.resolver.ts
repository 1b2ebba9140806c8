import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
import { DateScalar } from '../common/scalars.js';
import { Selection } from '../common/selection.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { School } from '../schools/school.entity.js';
import { Circonscription } from '../territory/circonscription.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { coverageOf, coverageSummary, uncoveredCommunes, uncoveredSchools, type CoverageView } from './coverage.service.js';
import { PublicationDirectorAssignment } from './publication-director.entity.js';
import { Civility, DirectorProposalStatus } from './publication-director.enums.js';
import { READERS } from './publication-director.perimeter.js';
import { findAssignment } from './publication-director.service.js';
import { assignProposals, previewProposals } from './proposals.service.js';

@ObjectType({ description: 'Couverture d’une circonscription : écoles servies (ouvertes, publiques) et communes, et combien n’ont pas de directeur de publication ce jour.' })
export class CirconscriptionCoverage {
  @Field(() => Circonscription) circonscription!: Circonscription;
  @Field(() => Int) schoolCount!: number;
  @Field(() => Int) uncoveredSchoolCount!: number;
  @Field(() => Int) communeCount!: number;
  @Field(() => Int) uncoveredCommuneCount!: number;
  @Field(() => Int, { description: 'Écoles servies dont le directeur (annuaire) n’est pas le directeur de publication ce jour.' }) mismatchedSchoolCount!: number;
}

@ObjectType({ description: 'Couverture détaillée d’une circonscription : les listes à traiter.' })
export class PublicationCoverage extends CirconscriptionCoverage {
  @Field(() => [School]) mismatchedSchools!: School[];
}

/** Mismatches are compared in code, school by school: worked out only when the client selected them. */
const wantsMismatches = (info: GraphQLResolveInfo) => {
  const selection = Selection.of(info);
  return { mismatches: selection.has('mismatchedSchoolCount') || selection.has('mismatchedSchools') };
};

@ObjectType({ description: 'Ce que donnerait la désignation du directeur d’une école (annuaire) comme directeur de publication.' })
export class PublicationDirectorProposal {
  @Field(() => School) school!: School;
  @Field(() => DirectorProposalStatus) status!: DirectorProposalStatus;
  @Field(() => Civility, { nullable: true }) civility!: Civility | null;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@Resolver(() => PublicationCoverage)
export class PublicationCoverageResolver {
  @Roles(...READERS)
  @Query(() => [CirconscriptionCoverage], { description: 'Couverture de chaque circonscription de votre périmètre (accueil ERUN).' })
  publicationCoverageSummary(@Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return coverageSummary(ctx, departmentCode, wantsMismatches(info));
  }

  @Roles(...READERS)
  @Query(() => PublicationCoverage, { description: 'Écoles et communes d’une circonscription sans directeur de publication, et écoles dont le directeur (annuaire) n’est pas le directeur de publication.' })
  publicationCoverage(@Arg('circonscriptionId', () => ID) circonscriptionId: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return coverageOf(ctx, circonscriptionId, wantsMismatches(info));
  }

  @FieldResolver(() => [School])
  uncoveredSchools(@Root() coverage: CoverageView, @Ctx() ctx: RequestContext) {
    return uncoveredSchools(ctx, coverage.circonscription.id);
  }

  @FieldResolver(() => [Commune])
  uncoveredCommunes(@Root() coverage: CoverageView, @Ctx() ctx: RequestContext) {
    return uncoveredCommunes(ctx, coverage.circonscription.id);
  }

  @Roles(Role.ERUN)
  @Query(() => [PublicationDirectorProposal], { description: 'Aperçu : désigner le directeur de chaque école (selon l’annuaire) comme directeur de publication à une date.' })
  publicationDirectorProposals(@Arg('circonscriptionId', () => ID) circonscriptionId: string, @Arg('startDate', () => DateScalar) startDate: string, @Ctx() ctx: RequestContext) {
    return previewProposals(ctx, circonscriptionId, startDate);
  }

  @Roles(Role.ERUN)
  @Mutation(() => [PublicationDirectorAssignment], { description: 'Désigne le directeur de chacune des écoles choisies dans l’aperçu (tout ou rien).' })
  async assignProposedPublicationDirectors(
    @Arg('circonscriptionId', () => ID) circonscriptionId: string,
    @Arg('startDate', () => DateScalar) startDate: string,
    @Arg('schoolUais', () => [String]) schoolUais: string[],
    @Ctx() ctx: RequestContext,
  ) {
    const ids = await assignProposals(ctx, circonscriptionId, startDate, schoolUais);
    return Promise.all(ids.map((id) => findAssignment(ctx, id)));
  }
}
