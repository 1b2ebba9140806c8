import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import type { Place } from '../auth/current-user.js';
import type { Role } from '../auth/auth.enums.js';
import { firstRow, sqlBuilder } from '../common/sql.js';
import { ForbiddenError } from '../errors.js';

/**
 * Where something lies: its département, that département's académie and région, its circonscriptions.
 * Takes the entity manager of the caller (often a transaction's): one statement.
 */
export async function placeOf(em: EntityManager, departmentCode: string, circonscriptionIds: readonly number[] = []): Promise<Place> {
  const row = await firstRow<{ academyCode: string; regionCode: string }>(em, sqlBuilder(em).selectFrom('department as d')
    .innerJoin('academy as a', 'a.code', 'd.academy_code').select(['d.academy_code as academyCode', 'a.region_code as regionCode']).where('d.code', '=', departmentCode));
  return { regionCode: row?.regionCode ?? '', academyCode: row?.academyCode ?? '', departmentCode, circonscriptionIds };
}

/** FORBIDDEN unless one of the user's grants with these roles covers the place. */
export function requireCovered(ctx: RequestContext, place: Place, roles: Role[], what: string): void {
  if (!ctx.user?.covers(place, ...roles)) throw new ForbiddenError(`${what} est hors de votre périmètre.`);
}
