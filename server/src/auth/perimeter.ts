import { sql, type Expression, type SqlBool } from 'kysely';
import type { Eb } from '../common/sql.js';
import { ScopeLevel } from './auth.enums.js';
import type { Perimeter } from './current-user.js';

export interface PerimeterColumns {
  /** The listed row's département code column, e.g. `s.department_code`. */
  departmentCode: string;
  /** How the row relates to circonscriptions: its own column, or a condition (a commune via its schools). */
  circonscription: string | ((eb: Eb, ids: number[]) => Expression<SqlBool>);
}

/** What the SQL of `perimeterCondition` depends on: a key for statements compiled once per shape. */
export function perimeterKey(perimeter: Perimeter): string {
  return perimeter === 'ALL' ? 'ALL' : perimeter.map((grant) => `${grant.scopeLevel}:${grant.scopeCode}`).sort().join(',');
}

/**
 * The SQL condition "this row is inside the perimeter", or null when the perimeter is everything.
 * Région and académie scopes become `département in (…)` subqueries on the tiny reference tables, so the
 * filter stays on the listed table and counts stay join-free.
 */
export function perimeterCondition(perimeter: Perimeter, columns: PerimeterColumns): ((eb: Eb) => Expression<SqlBool>) | null {
  if (perimeter === 'ALL') return null;
  const codes = (level: ScopeLevel) => perimeter.filter((grant) => grant.scopeLevel === level).map((grant) => grant.scopeCode);
  const regions = codes(ScopeLevel.REGION);
  const academies = codes(ScopeLevel.ACADEMY);
  const departments = codes(ScopeLevel.DEPARTMENT);
  const circonscriptions = codes(ScopeLevel.CIRCONSCRIPTION).map(Number);
  return (eb) => {
    const anyOf: Expression<SqlBool>[] = [];
    if (regions.length) {
      anyOf.push(eb(columns.departmentCode, 'in', eb.selectFrom('department as pd').innerJoin('academy as pa', 'pa.code', 'pd.academy_code').select('pd.code').where('pa.region_code', 'in', regions)));
    }
    if (academies.length) anyOf.push(eb(columns.departmentCode, 'in', eb.selectFrom('department as pd').select('pd.code').where('pd.academy_code', 'in', academies)));
    if (departments.length) anyOf.push(eb(columns.departmentCode, 'in', departments));
    if (circonscriptions.length) {
      anyOf.push(typeof columns.circonscription === 'string' ? eb(columns.circonscription, 'in', circonscriptions) : columns.circonscription(eb, circonscriptions));
    }
    return anyOf.length ? eb.or(anyOf) : sql<SqlBool>`1 = 0`;
  };
}
