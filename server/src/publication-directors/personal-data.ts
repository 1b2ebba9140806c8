import { rows, sqlBuilder } from '../common/sql.js';
import { plainRows, type PersonalDataSource } from '../data-requests/personal-data-source.js';

/** The person's designations as publication director (Article 6 of the convention), current and past. */
export const publicationDirectorSources: PersonalDataSource[] = [{
  name: 'direction-de-publication',
  description: 'Vos désignations comme directeur ou directrice de publication d’une école ou d’un espace communal.',
  async collect(em, person) {
    if (!person.email) return [];
    const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('publication_director_assignment')
      .select(['school_uai as schoolUai', 'commune_insee_code as communeInseeCode', 'civility', 'first_name as firstName', 'last_name as lastName', 'email',
        'function', 'justification', 'start_date as startDate', 'end_date as endDate', 'end_reason as endReason', 'charter_acknowledged_on as charterAcknowledgedOn'])
      .where('email', '=', person.email).orderBy('start_date'));
    return plainRows(found, { dates: ['startDate', 'endDate', 'charterAcknowledgedOn'] });
  },
}];
