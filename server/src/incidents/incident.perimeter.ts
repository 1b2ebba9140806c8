import { sql, type Expression, type SqlBool } from 'kysely';
import type { RequestContext } from '../context.js';
import type { Eb } from '../common/sql.js';
import { ForbiddenError } from '../errors.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import type { CurrentUser, Place } from '../auth/current-user.js';
import { perimeterCondition, type PerimeterColumns } from '../auth/perimeter.js';
import { requireCovered } from '../territory/place.js';
import { IncidentCategory } from './incident.enums.js';

/**
 * Who deals with incidents (docs/decisions/0010-incidents.md):
 * - support staff (and administrators) read and handle every incident, wherever it is;
 * - ERUN and academic teams report and read within their perimeter, and see whole-platform incidents
 *   (an outage concerns everybody, and knowing it is known spares a duplicate report);
 * - the DPO reads personal-data incidents within their perimeter, and whole-platform ones.
 */
export const INCIDENT_READERS = [Role.SUPPORT, Role.ERUN, Role.ACADEMIC_TEAM, Role.DPO];
export const INCIDENT_REPORTERS = [Role.SUPPORT, Role.ERUN, Role.ACADEMIC_TEAM];
const LOCAL_ROLES = [Role.ERUN, Role.ACADEMIC_TEAM];

/**
 * An incident of a school lies in the school's circonscription; one of a commune's space in the
 * circonscriptions of the commune's schools; one of the whole platform has no département.
 */
const INCIDENT_PERIMETER: PerimeterColumns = {
  departmentCode: 'i.department_code',
  circonscription: (eb, ids) => eb.or([
    eb('i.circonscription_id', 'in', ids),
    eb.and([
      eb('i.school_uai', 'is', null),
      eb('i.commune_insee_code', 'in', eb.selectFrom('school as ps').select('ps.commune_insee_code').where('ps.circonscription_id', 'in', ids)),
    ]),
  ]),
};

/** The SQL condition on `incident as i` for what a user may read, or null when they read everything. */
export function readableIncidents(user: CurrentUser): ((eb: Eb) => Expression<SqlBool>) | null {
  if (user.hasRole(Role.SUPPORT)) return null;
  // Not an administrator here, so these conditions are never null.
  const local = user.hasRole(...LOCAL_ROLES) ? perimeterCondition(user.perimeter(...LOCAL_ROLES), INCIDENT_PERIMETER)! : null;
  const dpo = user.hasRole(Role.DPO) ? perimeterCondition(user.perimeter(Role.DPO), INCIDENT_PERIMETER)! : null;
  return (eb) => {
    const platformOr = (inside: (eb: Eb) => Expression<SqlBool>) => eb.or([eb('i.department_code', 'is', null), inside(eb)]);
    const anyOf: Expression<SqlBool>[] = [];
    if (local) anyOf.push(platformOr(local));
    if (dpo) anyOf.push(eb.and([eb('i.category', '=', IncidentCategory.PERSONAL_DATA), platformOr(dpo)]));
    return anyOf.length ? eb.or(anyOf) : sql<SqlBool>`1 = 0`;
  };
}

/**
 * FORBIDDEN unless the user may report at this place: support staff anywhere; ERUN and academic teams
 * within their perimeter, and for the whole platform (`place` null) only with a région-wide grant.
 */
export function requireReportable(ctx: RequestContext, place: Place | null, what: string): void {
  const user = ctx.user!;
  if (user.hasRole(Role.SUPPORT)) return;
  if (place) return requireCovered(ctx, place, LOCAL_ROLES, what);
  if (!user.grants.some((grant) => LOCAL_ROLES.includes(grant.role) && grant.scopeLevel === ScopeLevel.REGION)) {
    throw new ForbiddenError('Un signalement pour toute la plateforme relève de l’assistance ou d’une habilitation régionale.');
  }
}

/** Internal comments are the support staff's working notes. */
export function canSeeInternalComments(user: CurrentUser): boolean {
  return user.hasRole(Role.SUPPORT);
}
