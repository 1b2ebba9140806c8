import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { Roles } from '../auth/access.js';
import { School } from '../schools/school.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { communeByCode } from '../territory/territory.service.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { Convention } from './convention.entity.js';
import { conventionById } from './convention.loaders.js';
import { previewRenewal, renewConventions, type RenewalCandidate as Candidate, type RenewalPlan } from './renewal.service.js';

@ObjectType({ description: 'Une école de la convention de l’année que la convention suivante ne reprendra pas.' })
export class LeftOutSchool {
  @Field(() => String) uai!: string;
  @Field(() => String) reason!: string;
}

@ObjectType({ description: 'Une commune à convention signée, et ce que son renouvellement créerait.' })
export class RenewalCandidate {
  @Field(() => Commune) commune!: Commune;
  @Field(() => Convention) fromConvention!: Convention;
  @Field(() => [School], { description: 'Écoles que le brouillon de l’année suivante inscrira.' }) schools!: School[];
  @Field(() => [LeftOutSchool]) leftOut!: LeftOutSchool[];
  @Field(() => Int, { description: 'Montant du brouillon au tarif de la campagne suivante, en centimes.' }) amountCents!: number;
  @Field(() => Convention, { nullable: true, description: 'La convention de l’année suivante, si elle existe déjà.' }) existingConvention!: Convention | null;
  @Field(() => String, { nullable: true, description: 'Pourquoi aucun brouillon ne sera créé ; null s’il le sera.' }) skippedReason!: string | null;
}

@ObjectType({ description: 'Aperçu du renouvellement annuel : rien n’est créé.' })
export class RenewalPreview {
  @Field(() => String) fromSchoolYear!: string;
  @Field(() => String) toSchoolYear!: string;
  @Field(() => [RenewalCandidate]) candidates!: RenewalCandidate[];
  @Field(() => Int, { description: 'Brouillons que renewConventions créerait.' }) toCreate!: number;
}

@ObjectType()
export class RenewalResult {
  @Field(() => [Convention], { description: 'Les brouillons créés (aucun si tout était déjà renouvelé).' }) created!: Convention[];
}

const preview = (plan: RenewalPlan) => ({ ...plan, toCreate: plan.candidates.filter((c) => c.skippedReason === null).length });

@Resolver()
export class RenewalResolver {
  @Roles(...CONVENTION_ROLES)
  @Query(() => RenewalPreview, { description: 'Ce que le renouvellement de fromSchoolYear vers l’année suivante créerait, commune par commune.' })
  async conventionRenewalPreview(@Arg('fromSchoolYear', () => String) fromSchoolYear: string, @Arg('academyCode', () => String, { nullable: true }) academyCode: string | null, @Ctx() ctx: RequestContext) {
    return preview(await previewRenewal(ctx, fromSchoolYear, academyCode));
  }

  @Roles(...CONVENTION_ROLES)
  @Mutation(() => RenewalResult, { description: 'Crée les brouillons de l’année suivante pour chaque commune à convention signée ; idempotent.' })
  async renewConventions(@Arg('fromSchoolYear', () => String) fromSchoolYear: string, @Arg('academyCode', () => String, { nullable: true }) academyCode: string | null, @Ctx() ctx: RequestContext) {
    const ids = await renewConventions(ctx, fromSchoolYear, academyCode);
    return { created: await Promise.all(ids.map((id) => ctx.loaders.get(conventionById).load(id))) };
  }
}

@Resolver(() => RenewalCandidate)
export class RenewalCandidateResolver {
  @FieldResolver(() => Commune)
  commune(@Root() candidate: Candidate, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(communeByCode).load(candidate.communeInseeCode);
  }

  @FieldResolver(() => Convention)
  fromConvention(@Root() candidate: Candidate, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(conventionById).load(candidate.fromConventionId);
  }

  @FieldResolver(() => Convention, { nullable: true })
  async existingConvention(@Root() candidate: Candidate, @Ctx() ctx: RequestContext) {
    return candidate.existingConventionId === null ? null : ((await ctx.loaders.get(conventionById).load(candidate.existingConventionId)) ?? null);
  }
}
