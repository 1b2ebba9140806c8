import { graphql } from '../test-support/generated/index.js';
import type { AssignPublicationDirectorInput } from '../test-support/generated/graphql.js';
import type { EntityManager } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';

export { AGNES_GELLY, LES_FONTANILLES, LESCURE, SAINT_MATHIEU, seedSourceSchools, type SchoolScenario } from '../schools/school.scenarios.js';

/** Every field of an assignment, as the outside tests of the contract read it. */
export const Assign = graphql(`
  mutation AssignPublicationDirector($input: AssignPublicationDirectorInput!) {
    assignPublicationDirector(input: $input) {
      id school { uai } commune { inseeCode } civility firstName lastName email function justification startDate endDate endReason charterAcknowledgedOn
    }
  }
`);

/** A school director as an ERUN types them; tests override the scope, the person and the date. */
export const director = (schoolUai: string, startDate: string, person: Partial<AssignPublicationDirectorInput> = {}): AssignPublicationDirectorInput => ({
  schoolUai, civility: 'MADAME', firstName: 'Claire', lastName: 'Durand', email: 'claire.durand@ac-montpellier.fr', function: 'SCHOOL_DIRECTOR', startDate, ...person,
});

/** The référent ville of a commune (Article 6: the commune's reserved spaces). */
export const cityReferent = (communeInseeCode: string, startDate: string): AssignPublicationDirectorInput => ({
  communeInseeCode, civility: 'MONSIEUR', firstName: 'Thomas', lastName: 'Giraud', email: 'referent.ville@saint-mathieu-de-treviers.fr', function: 'CITY_REFERENT', startDate,
});

/** What the directory (ONDE) says of a school's director. */
export async function setDirectoryDirector(em: EntityManager, uai: string, name: string | null, email: string | null): Promise<void> {
  await rows(em, sqlBuilder(em).updateTable('school').set({ director_name: name, director_email: email }).where('uai', '=', uai));
}

export async function assignmentsOf(em: EntityManager, uai: string): Promise<Array<{ id: number; startDate: unknown; endDate: unknown }>> {
  return rows(em, sqlBuilder(em).selectFrom('publication_director_assignment').select(['id', 'start_date as startDate', 'end_date as endDate'])
    .where('school_uai', '=', uai).orderBy('start_date'));
}
