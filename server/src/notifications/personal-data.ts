import { rows, sqlBuilder } from '../common/sql.js';
import { plainRows, type PersonalDataSource } from '../data-requests/personal-data-source.js';

/** The mail outbox keeps every message sent to an address. */
export const mailSources: PersonalDataSource[] = [{
  name: 'courriels',
  description: 'Courriels que le back office vous a adressés.',
  async collect(em, person) {
    if (!person.email) return [];
    return plainRows(await rows(em, sqlBuilder(em).selectFrom('notification').select(['created_at as createdAt', 'sent_at as sentAt', 'status', 'subject', 'body_text as text'])
      .where('to_email', '=', person.email).orderBy('id')), { instants: ['createdAt', 'sentAt'] });
  },
}];
