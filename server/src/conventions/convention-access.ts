import { sql, type Expression, type SqlBool } from 'kysely';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import type { Eb } from '../common/sql.js';
import { firstRow, sqlBuilder } from '../common/sql.js';
import { Role } from '../auth/auth.enums.js';
import type { Place } from '../auth/current-user.js';
import { perimeterCondition } from '../auth/perimeter.js';
import { InvalidInputError } from '../errors.js';
import { placeOf, requireCovered } from '../territory/place.js';

/**
 * Who handles conventions: administrators and the academic team (docs/decisions/0007). A convention is a
 * commune's contract, so it lies in a département: région, académie and département grants cover it, a
 * circonscription grant covers none (a commune's schools may span several circonscriptions).
 */
export const CONVENTION_ROLES = [Role.ADMIN, Role.ACADEMIC_TEAM];
const TEAM = [Role.ACADEMIC_TEAM];

const noCirconscription = (): Expression<SqlBool> => sql<SqlBool>`1 = 0`;

/** "This row's département is in the reader's perimeter", or null for an administrator. */
export function teamPerimeter(ctx: RequestContext, departmentColumn: string): ((eb: Eb) => Expression<SqlBool>) | null {
  return perimeterCondition(ctx.user!.perimeter(Role.ACADEMIC_TEAM), { departmentCode: departmentColumn, circonscription: noCirconscription });
}

/** FORBIDDEN unless the user's academic-team grants cover the département. */
export async function requireDepartment(ctx: RequestContext, em: EntityManager, departmentCode: string, what: string): Promise<Place> {
  const place = await placeOf(em, departmentCode);
  requireCovered(ctx, place, TEAM, what);
  return place;
}

/** A whole académie (its campaign): only région or académie grants cover it, not one of its départements. */
export async function requireAcademy(ctx: RequestContext, em: EntityManager, academyCode: string): Promise<{ code: string; name: string; regionName: string }> {
  const academy = await firstRow<{ code: string; name: string; regionCode: string; regionName: string }>(em, sqlBuilder(em).selectFrom('academy')
    .select(['code', 'name', 'region_code as regionCode', 'region_name as regionName']).where('code', '=', academyCode));
  if (!academy) throw new InvalidInputError('academyCode', `Académie inconnue : « ${academyCode} » (11 Montpellier, 16 Toulouse…).`);
  requireCovered(ctx, { regionCode: academy.regionCode, academyCode: academy.code, departmentCode: '', circonscriptionIds: [] }, TEAM, `L’académie de ${academy.name}`);
  return academy;
}
