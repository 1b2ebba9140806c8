import type { EntityManager } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { School } from '../schools/school.entity.js';
import type { Amendment, Convention } from './convention.entity.js';
import { Enrolment } from './convention.entity.js';
import { enrolmentRefusal, type EnrolmentCandidate } from './enrolment.rules.js';

/**
 * Checks in one statement that a commune may enrol these schools for the year (enrolment.rules.ts). An
 * unknown, private, closed or someone else's school is bad input on `schoolUais`; a school already taken
 * is a CONFLICT. Two requests racing past this check still meet the partial unique index.
 */
export async function requireEnrollable(em: EntityManager, communeInseeCode: string, schoolYear: string, uais: readonly string[]): Promise<void> {
  if (!uais.length) return;
  const candidates = await rows<EnrolmentCandidate>(em, sqlBuilder(em).selectFrom('school as s')
    .leftJoin('school_payer as p', 'p.school_uai', 's.uai')
    .leftJoin('convention_school as e', (join) => join.onRef('e.school_uai', '=', 's.uai').on('e.school_year', '=', schoolYear).on('e.withdrawn_on', 'is', null))
    .select([
      's.uai as uai', 's.name as name', 's.sector as sector', 's.status as status', 's.commune_insee_code as communeInseeCode',
      'p.paying_commune_insee_code as payingCommuneInseeCode', 'e.convention_id as enrolledInConventionId',
    ])
    .where('s.uai', 'in', uais));
  const byUai = new Map(candidates.map((c) => [c.uai, { ...c, enrolledInConventionId: c.enrolledInConventionId == null ? null : Number(c.enrolledInConventionId) }]));
  for (const uai of uais) {
    const refusal = enrolmentRefusal(uai, byUai.get(uai), communeInseeCode, schoolYear);
    if (refusal?.kind === 'input') throw new InvalidInputError('schoolUais', refusal.message);
    if (refusal) throw new ConflictError(refusal.message, { field: 'schoolUais' });
  }
}

/** Enrols the schools in the convention (or in one of its amendments); flushed with the transaction. */
export function enrol(em: EntityManager, convention: Convention, uais: readonly string[], amendment: Amendment | null = null): void {
  for (const uai of uais) em.create(Enrolment, { convention, school: em.getReference(School, uai), schoolYear: convention.schoolYear, amendment });
}

/** UAIs the convention enrols, itself and through its amendments, in enrolment order. */
export async function enrolledUais(em: EntityManager, conventionId: number): Promise<string[]> {
  return (await rows<{ uai: string }>(em, sqlBuilder(em).selectFrom('convention_school').select('school_uai as uai').where('convention_id', '=', conventionId).orderBy('id')))
    .map((row) => row.uai);
}
