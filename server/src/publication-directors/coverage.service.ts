import type { RequestContext } from '../context.js';
import { todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { firstRow, rows, sqlBuilder, toInt, type Eb } from '../common/sql.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { perimeterCondition } from '../auth/perimeter.js';
import { schoolColumns, schoolRelationColumns, schoolView, type SchoolView } from '../schools/school.views.js';
import { circonscriptionColumns, circonscriptionView, communeColumns, communeView, type CirconscriptionView, type CommuneView } from '../territory/territory.views.js';
import { communeInCirconscriptions, READERS, servedSchools } from './publication-director.perimeter.js';
import { isSamePerson } from './publication-director.rules.js';
import { ASSIGNMENT_TABLE } from './publication-director.views.js';

/** Per circonscription: its served schools and their communes, and how many have no publication director today. */
export interface CoverageView {
  circonscription: CirconscriptionView;
  schoolCount: number;
  uncoveredSchoolCount: number;
  communeCount: number;
  uncoveredCommuneCount: number;
  /** Only when the client asked for mismatches (they are compared in code: one more statement). */
  mismatchedSchools?: SchoolView[];
  mismatchedSchoolCount?: number;
}

/** The assignment `alias` covers `day` (inclusive dates, open end). */
export const activeOnDay = (alias: string, day: string) => (eb: Eb) =>
  eb.and([eb(`${alias}.start_date`, '<=', day), eb.or([eb(`${alias}.end_date`, 'is', null), eb(`${alias}.end_date`, '>=', day)])]);

/** `exists` an assignment of the scope in `scopeColumn` (e.g. `s.uai`) active on `today`. */
function hasDirectorOn(eb: Eb, column: 'school_uai' | 'commune_insee_code', scopeColumn: string, today: string) {
  return eb.exists(eb.selectFrom(`${ASSIGNMENT_TABLE} as pa`).select('pa.id').whereRef(`pa.${column}`, '=', scopeColumn).where(activeOnDay('pa', today)));
}

const CIRCONSCRIPTION_PREFIX = 'circonscription$';

/** One statement: the circonscriptions of the readers' perimeter (or one of them) with their counts. */
function coverageQuery(ctx: RequestContext) {
  const today = todayInParis(ctx.now);
  const served = (eb: Eb) => servedSchools(eb.selectFrom('school as s'), 's').whereRef('s.circonscription_id', '=', 'ci.id');
  const perimeter = perimeterCondition(ctx.user!.perimeter(...READERS), { departmentCode: 'ci.department_code', circonscription: 'ci.id' });
  const query = sqlBuilder(ctx.em).selectFrom('circonscription as ci').select(circonscriptionColumns('ci', CIRCONSCRIPTION_PREFIX)).select((eb: Eb) => [
    served(eb).select(eb.fn.countAll().as('n')).as('schoolCount'),
    served(eb).where((w: Eb) => w.not(hasDirectorOn(w, 'school_uai', 's.uai', today))).select(eb.fn.countAll().as('n')).as('uncoveredSchoolCount'),
    served(eb).select(eb.fn.count('s.commune_insee_code').distinct().as('n')).as('communeCount'),
    served(eb).where((w: Eb) => w.not(hasDirectorOn(w, 'commune_insee_code', 's.commune_insee_code', today)))
      .select(eb.fn.count('s.commune_insee_code').distinct().as('n')).as('uncoveredCommuneCount'),
  ]).orderBy('ci.search_name').orderBy('ci.id');
  return perimeter ? query.where(perimeter) : query;
}

const coverageView = (row: Record<string, unknown>): CoverageView => ({
  circonscription: circonscriptionView(row, CIRCONSCRIPTION_PREFIX),
  schoolCount: toInt(row.schoolCount), uncoveredSchoolCount: toInt(row.uncoveredSchoolCount),
  communeCount: toInt(row.communeCount), uncoveredCommuneCount: toInt(row.uncoveredCommuneCount),
});

/** Adds each circonscription's mismatched schools and their count, in one statement for all of them. */
async function withMismatches(ctx: RequestContext, views: CoverageView[]): Promise<CoverageView[]> {
  const mismatched = await mismatchedSchools(ctx, views.map((view) => view.circonscription.id));
  return views.map((view) => {
    const schools = mismatched.filter((school) => school.circonscriptionId === view.circonscription.id);
    return { ...view, mismatchedSchools: schools, mismatchedSchoolCount: schools.length };
  });
}

/** The ERUN home screen: every circonscription the user reads, with its coverage counts (mismatches when asked). */
export async function coverageSummary(ctx: RequestContext, departmentCode: string | null | undefined, { mismatches = false } = {}): Promise<CoverageView[]> {
  const query = coverageQuery(ctx);
  const views = (await rows<Record<string, unknown>>(ctx.em, departmentCode ? query.where('ci.department_code', '=', departmentCode) : query)).map(coverageView);
  return mismatches && views.length ? withMismatches(ctx, views) : views;
}

/** One circonscription's coverage (mismatches when asked); FORBIDDEN outside the readers' perimeter. */
export async function coverageOf(ctx: RequestContext, circonscriptionId: string, { mismatches = false } = {}): Promise<CoverageView> {
  const id = parseId(circonscriptionId, 'circonscriptionId');
  const row = await firstRow<Record<string, unknown>>(ctx.em, coverageQuery(ctx).where('ci.id', '=', id));
  if (row) return mismatches ? (await withMismatches(ctx, [coverageView(row)]))[0]! : coverageView(row);
  const exists = await firstRow(ctx.em, sqlBuilder(ctx.em).selectFrom('circonscription').select('id').where('id', '=', id));
  if (exists) throw new ForbiddenError('Cette circonscription est hors de votre périmètre.');
  throw new NotFoundError(`Aucune circonscription n° ${circonscriptionId}.`);
}

/** Served schools of the circonscription without a publication director today. */
export async function uncoveredSchools(ctx: RequestContext, circonscriptionId: number): Promise<SchoolView[]> {
  const today = todayInParis(ctx.now);
  const query = servedSchools(sqlBuilder(ctx.em).selectFrom('school as s'), 's').select(schoolColumns('s')).where('s.circonscription_id', '=', circonscriptionId)
    .where((eb: Eb) => eb.not(hasDirectorOn(eb, 'school_uai', 's.uai', today))).orderBy('s.search_name').orderBy('s.uai');
  return (await rows<Record<string, unknown>>(ctx.em, query)).map((row) => schoolView(row, { commune: false, circonscription: false }));
}

/** Communes with a served school in the circonscription and no publication director for their own spaces today. */
export async function uncoveredCommunes(ctx: RequestContext, circonscriptionId: number): Promise<CommuneView[]> {
  const today = todayInParis(ctx.now);
  const query = sqlBuilder(ctx.em).selectFrom('commune as c').select(communeColumns('c')).where((eb: Eb) => communeInCirconscriptions(eb, [circonscriptionId]))
    .where((eb: Eb) => eb.not(hasDirectorOn(eb, 'commune_insee_code', 'c.insee_code', today))).orderBy('c.search_name').orderBy('c.insee_code');
  return (await rows<Record<string, unknown>>(ctx.em, query)).map((row) => communeView(row));
}

/**
 * Served schools of these circonscriptions whose director in the directory is not their publication director
 * today, with that publication director (so `School.publicationDirector` costs nothing more). Names are
 * compared in code (accents, order, civility: publication-director.rules.ts), so the query only narrows to
 * schools that have both a directory director and a current publication director.
 */
async function mismatchedSchools(ctx: RequestContext, circonscriptionIds: number[]): Promise<SchoolView[]> {
  const today = todayInParis(ctx.now);
  const query = servedSchools(sqlBuilder(ctx.em).selectFrom('school as s'), 's')
    .innerJoin(`${ASSIGNMENT_TABLE} as pd`, 'pd.school_uai', 's.uai')
    .select([...schoolColumns('s'), ...schoolRelationColumns({ commune: false, circonscription: false, publicationDirector: true })])
    .where('s.circonscription_id', 'in', circonscriptionIds)
    .where(activeOnDay('pd', today))
    .where((eb: Eb) => eb.or([eb('s.director_name', 'is not', null), eb('s.director_email', 'is not', null)]))
    .orderBy('s.search_name').orderBy('s.uai');
  return (await rows<Record<string, unknown>>(ctx.em, query))
    .map((row) => schoolView(row, { commune: false, circonscription: false, publicationDirector: true }))
    .filter((school) => !isSamePerson({ name: school.directorName, email: school.directorEmail }, school.publicationDirector!));
}
