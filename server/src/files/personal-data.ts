import { rows, sqlBuilder } from '../common/sql.js';
import { plainRows, type PersonalDataSource } from '../data-requests/personal-data-source.js';

/** Files the person uploaded (their metadata: the content is the module's, e.g. a convention scan). */
export const fileSources: PersonalDataSource[] = [{
  name: 'fichiers-deposes',
  description: 'Fichiers que vous avez déposés : nom, usage, taille, date.',
  async collect(em, person) {
    if (!person.accountIds.length) return [];
    return plainRows(await rows(em, sqlBuilder(em).selectFrom('stored_file').select(['name', 'purpose', 'size', 'created_at as createdAt', 'deleted_at as deletedAt'])
      .where('uploaded_by', 'in', person.accountIds).orderBy('id')), { instants: ['createdAt', 'deletedAt'] });
  },
}];
