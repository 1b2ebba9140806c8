import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { DateScalar } from '../common/scalars.js';
import { ForbiddenError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { Role } from '../auth/auth.enums.js';
import { School } from '../schools/school.entity.js';
import { schoolByUai } from '../schools/school.service.js';
import type { SchoolView } from '../schools/school.views.js';
import { Commune } from '../territory/commune.entity.js';
import { communeByCode } from '../territory/territory.service.js';
import type { CommuneView } from '../territory/territory.views.js';
import { PublicationDirectorAssignment } from './publication-director.entity.js';
import { AssignPublicationDirectorInput } from './publication-director.inputs.js';
import { onlyRoles, READERS, readableBy } from './publication-director.perimeter.js';
import {
  acknowledgeCharter, assignPublicationDirector, currentOf, endPublicationDirector, findAssignment, historyOf,
} from './publication-director.service.js';
import type { AssignmentView } from './publication-director.views.js';

const OUTSIDE = 'Les directeurs de publication de ce périmètre ne vous sont pas accessibles.';

@Resolver(() => PublicationDirectorAssignment)
export class PublicationDirectorResolver {
  @Roles(Role.ERUN)
  @Mutation(() => PublicationDirectorAssignment, { description: 'Désigne le directeur de publication d’une école ou d’une commune ; le précédent prend fin la veille.' })
  async assignPublicationDirector(@Arg('input', () => AssignPublicationDirectorInput) input: AssignPublicationDirectorInput, @Ctx() ctx: RequestContext) {
    return findAssignment(ctx, await assignPublicationDirector(ctx, input));
  }

  @Roles(Role.ERUN)
  @Mutation(() => PublicationDirectorAssignment, { description: 'Met fin à une désignation en cours (départ sans successeur connu).' })
  async endPublicationDirector(
    @Arg('id', () => ID) id: string,
    @Arg('endDate', () => DateScalar, { description: 'Dernier jour de la désignation (inclus).' }) endDate: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    await endPublicationDirector(ctx, parseId(id, 'id'), endDate, reason);
    return findAssignment(ctx, parseId(id, 'id'));
  }

  @Roles(Role.ERUN)
  @Mutation(() => PublicationDirectorAssignment, { description: 'Enregistre la date à laquelle le directeur de publication a pris connaissance de la charte.' })
  async acknowledgeCharter(@Arg('id', () => ID) id: string, @Arg('on', () => DateScalar) on: string, @Ctx() ctx: RequestContext) {
    await acknowledgeCharter(ctx, parseId(id, 'id'), on);
    return findAssignment(ctx, parseId(id, 'id'));
  }

  @FieldResolver(() => School, { nullable: true })
  school(@Root() assignment: AssignmentView, @Ctx() ctx: RequestContext) {
    return assignment.schoolUai ? ctx.loaders.get(schoolByUai).load(assignment.schoolUai) : null;
  }

  @FieldResolver(() => Commune, { nullable: true })
  commune(@Root() assignment: AssignmentView, @Ctx() ctx: RequestContext) {
    return assignment.communeInseeCode ? ctx.loaders.get(communeByCode).load(assignment.communeInseeCode) : null;
  }
}

/**
 * A school was read within the union of the user's grants, so every role may see its current director
 * (support routes incidents with it). The history needs a grant of another role covering the school.
 */
@Resolver(() => School)
export class SchoolPublicationDirectorResolver {
  @FieldResolver(() => PublicationDirectorAssignment, { nullable: true, description: 'Directeur de publication à la date du jour (article 6).' })
  async publicationDirector(@Root() school: SchoolView, @Ctx() ctx: RequestContext) {
    // Joined by the school's own query when the client asked for it (one statement for a school page).
    if (school.publicationDirector !== undefined) return school.publicationDirector;
    return (await currentOf(ctx, { kind: 'school', code: school.uai })) ?? null;
  }

  @Roles(...READERS)
  @FieldResolver(() => [PublicationDirectorAssignment], { nullable: true, description: 'Directeurs de publication successifs, du plus récent au plus ancien.' })
  async publicationDirectorHistory(@Root() school: SchoolView, @Ctx() ctx: RequestContext) {
    const covered = onlyRoles(ctx, READERS) || (await readableBy(ctx, { kind: 'school', departmentCode: school.departmentCode, circonscriptionId: school.circonscriptionId }, READERS));
    if (!covered) throw new ForbiddenError(OUTSIDE);
    return historyOf(ctx, { kind: 'school', code: school.uai });
  }
}

/** Communes are reference data every user reads: their publication directors are checked here, field by field. */
@Resolver(() => Commune)
export class CommunePublicationDirectorResolver {
  @FieldResolver(() => PublicationDirectorAssignment, { nullable: true, description: 'Directeur de publication des espaces réservés à la commune, à la date du jour.' })
  async publicationDirector(@Root() commune: CommuneView, @Ctx() ctx: RequestContext) {
    if (!(await readableBy(ctx, { kind: 'commune', departmentCode: commune.departmentCode, inseeCode: commune.inseeCode }))) throw new ForbiddenError(OUTSIDE);
    return (await currentOf(ctx, { kind: 'commune', code: commune.inseeCode })) ?? null;
  }

  @Roles(...READERS)
  @FieldResolver(() => [PublicationDirectorAssignment], { nullable: true, description: 'Directeurs de publication successifs des espaces de la commune, du plus récent au plus ancien.' })
  async publicationDirectorHistory(@Root() commune: CommuneView, @Ctx() ctx: RequestContext) {
    if (!(await readableBy(ctx, { kind: 'commune', departmentCode: commune.departmentCode, inseeCode: commune.inseeCode }, READERS))) throw new ForbiddenError(OUTSIDE);
    return historyOf(ctx, { kind: 'commune', code: commune.inseeCode });
  }
}
