import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import type { Place } from '../auth/current-user.js';
import type { Role } from '../auth/auth.enums.js';
import { byKey } from '../common/loaders.js';
import { firstRow, rows, sqlBuilder } from '../common/sql.js';
import { ForbiddenError } from '../errors.js';

/** A département's académie and région: what every grant above the circonscription is checked against. */
export type DepartmentPlace = Omit<Place, 'circonscriptionIds'>;

const departmentPlaces = (em: EntityManager) => sqlBuilder(em).selectFrom('department as d').innerJoin('academy as a', 'a.code', 'd.academy_code')
  .select(['d.code as departmentCode', 'd.academy_code as academyCode', 'a.region_code as regionCode']);

/**
 * Where something lies: its département, that département's académie and région, its circonscriptions.
 * Takes the entity manager of the caller (often a transaction's): one statement.
 */
export async function placeOf(em: EntityManager, departmentCode: string, circonscriptionIds: readonly number[] = []): Promise<Place> {
  const row = await firstRow<DepartmentPlace>(em, departmentPlaces(em).where('d.code', '=', departmentCode));
  return { regionCode: row?.regionCode ?? '', academyCode: row?.academyCode ?? '', departmentCode, circonscriptionIds };
}

/** The same, batched for field-level checks of a page of rows: `ctx.loaders.get(placeOfDepartment)`. */
export const placeOfDepartment = byKey<string, DepartmentPlace>((em, codes) => rows<DepartmentPlace>(em, departmentPlaces(em).where('d.code', 'in', codes)), (place) => place.departmentCode);

/** FORBIDDEN unless one of the user's grants with these roles covers the place. */
export function requireCovered(ctx: RequestContext, place: Place, roles: Role[], what: string): void {
  if (!ctx.user?.covers(place, ...roles)) throw new ForbiddenError(`${what} est hors de votre périmètre.`);
}
