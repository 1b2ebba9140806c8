import { isEmail } from 'class-validator';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { parseId } from '../common/ids.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { schoolColumns, schoolView, type SchoolView } from '../schools/school.views.js';
import { placeOf, requireCovered } from '../territory/place.js';
import { Civility, DirectorProposalStatus, PublicationDirectorFunction } from './publication-director.enums.js';
import { servedSchools, WRITERS } from './publication-director.perimeter.js';
import { isSamePerson, parseDirectoryName, planAssignment } from './publication-director.rules.js';
import { designate } from './publication-director.service.js';
import { ASSIGNMENT_TABLE, assignmentColumns, assignmentView, type AssignmentView } from './publication-director.views.js';

/** What "assign each school's director as publication director" would do for one school. */
export interface Proposal {
  school: SchoolView;
  status: DirectorProposalStatus;
  civility: Civility | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

function proposalFor(school: SchoolView, history: AssignmentView[], startDate: string): Proposal {
  const directory = { name: school.directorName, email: school.directorEmail };
  const parsed = parseDirectoryName(directory.name ?? '');
  const email = directory.email?.trim().toLowerCase() ?? null;
  const proposal = { school, civility: parsed.civility ?? null, firstName: parsed.firstName ?? null, lastName: parsed.lastName ?? null, email };
  const status = (() => {
    if (!directory.name && !directory.email) return DirectorProposalStatus.NO_DIRECTOR_IN_DIRECTORY;
    // Already in place, or already designated from a later date: nothing to do.
    if (history.some((a) => (a.endDate === null || a.endDate >= startDate) && isSamePerson(directory, a))) return DirectorProposalStatus.ALREADY_PUBLICATION_DIRECTOR;
    if (!proposal.civility || !proposal.firstName || !proposal.lastName || !email || !isEmail(email)) return DirectorProposalStatus.INCOMPLETE_DIRECTOR;
    if (!planAssignment(history, startDate).ok) return DirectorProposalStatus.START_DATE_CONFLICT;
    return DirectorProposalStatus.READY;
  })();
  return { ...proposal, status };
}

/**
 * The proposals for every served school of a circonscription, in two statements (schools, their histories),
 * on the given entity manager: the request's for the preview, the transaction's for the bulk assignment.
 */
async function proposalsOn(em: EntityManager, circonscriptionId: number, startDate: string): Promise<Proposal[]> {
  const db = sqlBuilder(em);
  const schools = (await rows<Record<string, unknown>>(em, servedSchools(db.selectFrom('school as s'), 's').select(schoolColumns('s'))
    .where('s.circonscription_id', '=', circonscriptionId).orderBy('s.search_name').orderBy('s.uai'))).map((row) => schoolView(row, { commune: false, circonscription: false }));
  if (!schools.length) return [];
  const histories = (await rows<Record<string, unknown>>(em, db.selectFrom(`${ASSIGNMENT_TABLE} as a`).select(assignmentColumns('a'))
    .where('a.school_uai', 'in', schools.map((school) => school.uai)))).map((row) => assignmentView(row));
  return schools.map((school) => proposalFor(school, histories.filter((a) => a.schoolUai === school.uai), startDate));
}

async function requireCirconscriptionWritable(ctx: RequestContext, em: EntityManager, circonscriptionId: string): Promise<number> {
  const id = parseId(circonscriptionId, 'circonscriptionId');
  const [circonscription] = await rows<{ departmentCode: string }>(em, sqlBuilder(em).selectFrom('circonscription').select('department_code as departmentCode').where('id', '=', id));
  if (!circonscription) throw new InvalidInputError('circonscriptionId', `Aucune circonscription n° ${circonscriptionId}.`);
  requireCovered(ctx, await placeOf(em, circonscription.departmentCode, [id]), WRITERS, 'Cette circonscription');
  return id;
}

/** The preview of the bulk assignment: one line per served school of the circonscription. */
export async function previewProposals(ctx: RequestContext, circonscriptionId: string, startDate: string): Promise<Proposal[]> {
  return proposalsOn(ctx.em, await requireCirconscriptionWritable(ctx, ctx.em, circonscriptionId), startDate);
}

/**
 * Designates the directory's director of each chosen school, all or nothing: a school that is no longer
 * READY (the preview is stale) makes the whole batch CONFLICT. Each designation sends its own mail.
 */
export async function assignProposals(ctx: RequestContext, circonscriptionId: string, startDate: string, schoolUais: string[]): Promise<number[]> {
  const chosen = [...new Set(schoolUais.map((uai) => uai.trim().toUpperCase()))];
  if (!chosen.length || chosen.length > 500) throw new InvalidInputError('schoolUais', 'Choisissez de 1 à 500 écoles.');
  return ctx.em.transactional(async (tx) => {
    const id = await requireCirconscriptionWritable(ctx, tx, circonscriptionId);
    const proposals = new Map((await proposalsOn(tx, id, startDate)).map((proposal) => [proposal.school.uai, proposal]));
    const ids: number[] = [];
    for (const uai of chosen) {
      const proposal = proposals.get(uai);
      if (!proposal) throw new InvalidInputError('schoolUais', `L’école ${uai} n’est pas une école ouverte de cette circonscription.`);
      if (proposal.status !== DirectorProposalStatus.READY) throw new ConflictError(`L’école ${uai} n’est plus prête (${proposal.status}) : rechargez l’aperçu.`);
      ids.push(await designate(tx, ctx, { kind: 'school', code: uai }, {
        civility: proposal.civility!, firstName: proposal.firstName!, lastName: proposal.lastName!, email: proposal.email!,
        function: PublicationDirectorFunction.SCHOOL_DIRECTOR, justification: null, startDate,
      }, 'assignProposedPublicationDirectors'));
    }
    return ids;
  });
}
