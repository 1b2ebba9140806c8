import type { SelectQueryBuilder } from 'kysely';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { byKey } from '../common/loaders.js';
import { firstRow, rows, sqlBuilder, type Eb } from '../common/sql.js';
import { NotFoundError } from '../errors.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { perimeterCondition } from '../auth/perimeter.js';
import { SCHOOL_PERIMETER } from '../schools/school.service.js';
import { SchoolSector, SchoolStatus } from '../schools/school.enums.js';
import { placeOf, placeOfDepartment, requireCovered } from '../territory/place.js';
import type { ScopeLabel } from './publication-director.mail.js';

/**
 * Who does what (docs/decisions/0008): ERUN assign within their circonscriptions, ADMIN everywhere; the
 * academic team and the DPO read within their grants; support reads only the current director.
 */
export const WRITERS = [Role.ERUN];
export const READERS = [Role.ACADEMIC_TEAM, Role.DPO, Role.ERUN];

export type Scope = { kind: 'school' | 'commune'; code: string };

/** A scope as a write sees it, once locked. */
export interface LockedScope extends ScopeLabel {
  departmentCode: string;
  circonscriptionIds: number[];
  closed: boolean;
}

/** The schools that have ENT-École spaces: open public ones. They also tie a commune to circonscriptions. */
export function servedSchools<Q extends SelectQueryBuilder<any, any, any>>(query: Q, alias: string): Q {
  return query.where(`${alias}.status`, '=', SchoolStatus.OPEN).where(`${alias}.sector`, '=', SchoolSector.PUBLIC) as Q;
}

/** In SQL: a commune (`c`) is in a circonscription's perimeter when one of its served schools is. */
export const communeInCirconscriptions = (eb: Eb, ids: number[]) =>
  eb.exists(servedSchools(eb.selectFrom('school as ps').select('ps.uai'), 'ps').whereRef('ps.commune_insee_code', '=', 'c.insee_code').where('ps.circonscription_id', 'in', ids));

const COMMUNE_PERIMETER = { departmentCode: 'c.department_code', circonscription: communeInCirconscriptions } as const;

/** The SQL perimeter of schools (`s`) and communes (`c`) for these roles, or null for everything. */
export function perimeters(ctx: RequestContext, roles: Role[]) {
  const perimeter = ctx.user!.perimeter(...roles);
  return { schools: perimeterCondition(perimeter, SCHOOL_PERIMETER), communes: perimeterCondition(perimeter, COMMUNE_PERIMETER) };
}

async function servedCirconscriptions(em: EntityManager, communes: readonly string[]): Promise<Array<{ code: string; id: number }>> {
  return rows(em, servedSchools(sqlBuilder(em).selectFrom('school as s'), 's').select(['s.commune_insee_code as code', 's.circonscription_id as id']).distinct()
    .where('s.commune_insee_code', 'in', communes).where('s.circonscription_id', 'is not', null));
}

const circonscriptionsOfCommune = byKey<string, { code: string; ids: number[] }>(async (em, codes) => {
  const found = await servedCirconscriptions(em, codes);
  return codes.map((code) => ({ code, ids: found.filter((row) => row.code === code).map((row) => row.id) }));
}, (entry) => entry.code);

/**
 * Every write on a scope first locks its row (school or commune, `for no key update` on PostgreSQL): the
 * writes of one scope then run one after the other, as they do on SQLite's single connection, so two
 * assignments never both see the same current director. One or two statements.
 */
export async function lockScope(tx: EntityManager, scope: Scope): Promise<LockedScope> {
  const db = sqlBuilder(tx);
  const lock = <Q extends SelectQueryBuilder<any, any, any>>(query: Q): Q => (tx.getPlatform() instanceof PostgreSqlPlatform ? query.forNoKeyUpdate() as Q : query);
  if (scope.kind === 'school') {
    const school = await firstRow<{ name: string; departmentCode: string; circonscriptionId: number | null; status: SchoolStatus }>(tx, lock(db.selectFrom('school')
      .select(['name', 'department_code as departmentCode', 'circonscription_id as circonscriptionId', 'status']).where('uai', '=', scope.code)));
    if (!school) throw new NotFoundError(`Aucune école ne porte le code UAI ${scope.code}.`);
    const circonscriptionIds = school.circonscriptionId === null ? [] : [school.circonscriptionId];
    return { ...scope, name: school.name, departmentCode: school.departmentCode, circonscriptionIds, closed: school.status === SchoolStatus.CLOSED };
  }
  const commune = await firstRow<{ name: string; departmentCode: string }>(tx, lock(db.selectFrom('commune').select(['name', 'department_code as departmentCode']).where('insee_code', '=', scope.code)));
  if (!commune) throw new NotFoundError(`Aucune commune n’a le code INSEE ${scope.code}.`);
  const circonscriptionIds = (await servedCirconscriptions(tx, [scope.code])).map((row) => row.id);
  return { ...scope, name: commune.name, departmentCode: commune.departmentCode, circonscriptionIds, closed: false };
}

export const scopeTitle = (scope: ScopeLabel) => (scope.kind === 'school' ? `L’école ${scope.code}` : `La commune ${scope.name} (${scope.code})`);

/** FORBIDDEN unless the user may write on the locked scope (an ERUN of one of its circonscriptions, ADMIN). */
export async function requireWritable(ctx: RequestContext, tx: EntityManager, scope: LockedScope): Promise<void> {
  requireCovered(ctx, await placeOf(tx, scope.departmentCode, scope.circonscriptionIds), WRITERS, scopeTitle(scope));
}

/** True when every grant of the user has one of these roles: then whatever they read, they read with them. */
export function onlyRoles(ctx: RequestContext, roles: Role[]): boolean {
  const perimeter = ctx.user!.perimeter(...roles);
  return perimeter === 'ALL' || perimeter.length === ctx.user!.grants.length;
}

/**
 * Field-level read check, batched through the request's loaders: whether the user's grants of these roles
 * (all grants when none is given) cover a scope. A commune's circonscriptions are fetched only for users
 * who hold circonscription grants.
 */
export async function readableBy(ctx: RequestContext, scope: { kind: 'school'; departmentCode: string; circonscriptionId: number | null } | { kind: 'commune'; departmentCode: string; inseeCode: string }, roles: Role[] = []): Promise<boolean> {
  const perimeter = ctx.user!.perimeter(...roles);
  if (perimeter === 'ALL') return true;
  if (!perimeter.length) return false;
  const place = await ctx.loaders.get(placeOfDepartment).load(scope.departmentCode);
  if (!place) return false;
  let circonscriptionIds: readonly number[] = [];
  if (scope.kind === 'school') circonscriptionIds = scope.circonscriptionId === null ? [] : [scope.circonscriptionId];
  else if (perimeter.some((grant) => grant.scopeLevel === ScopeLevel.CIRCONSCRIPTION)) circonscriptionIds = (await ctx.loaders.get(circonscriptionsOfCommune).load(scope.inseeCode))?.ids ?? [];
  return ctx.user!.covers({ ...place, circonscriptionIds }, ...roles);
}
