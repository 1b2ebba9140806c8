import { rows, sqlBuilder } from '../common/sql.js';
import type { PersonalDataSource } from '../data-requests/personal-data-source.js';

/** The school directory names each school's director (from ONDE). */
export const schoolSources: PersonalDataSource[] = [{
  name: 'direction-d-ecole',
  description: 'Écoles dont l’annuaire vous désigne comme directeur ou directrice.',
  async collect(em, person) {
    if (!person.email) return [];
    return rows(em, sqlBuilder(em).selectFrom('school').select(['uai', 'name', 'director_name as directorName', 'director_email as directorEmail'])
      .where('director_email', '=', person.email).orderBy('uai'));
  },
}];
