import { rows, sqlBuilder } from '../common/sql.js';
import { plainRows, type PersonalDataSource } from '../data-requests/personal-data-source.js';

/** Only which fields changed: the values may be other people's data (Art. 15(4)). */
const fieldsOf = (changes: unknown) => (changes ? Object.keys(JSON.parse(String(changes)) as object).join(', ') : '');

const COLUMNS = ['at', 'operation', 'target_type as targetType', 'target_id as targetId', 'changes'];

/** The audit trail: what the person did in the back office, and what was done to their accounts. */
export const auditSources: PersonalDataSource[] = [
  {
    name: 'journal-actions',
    description: 'Actions que vous avez faites dans le back office (journal d’audit), sans les valeurs modifiées.',
    async collect(em, person) {
      if (!person.email && !person.accountIds.length) return [];
      const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('audit_entry').select(COLUMNS).where((eb) => eb.or([
        ...(person.email ? [eb('actor_email', '=', person.email)] : []),
        ...(person.accountIds.length ? [eb('actor_user_id', 'in', person.accountIds)] : []),
      ])).orderBy('id'));
      return plainRows(found, { instants: ['at'] }).map(({ changes, ...entry }) => ({ ...entry, fieldsChanged: fieldsOf(changes) }));
    },
  },
  {
    name: 'journal-comptes',
    description: 'Opérations faites sur vos comptes (création, habilitations, désactivation…), sans les valeurs modifiées.',
    async collect(em, person) {
      if (!person.accountIds.length) return [];
      const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('audit_entry').select(COLUMNS)
        .where('target_type', '=', 'User').where('target_id', 'in', person.accountIds.map(String)).orderBy('id'));
      return plainRows(found, { instants: ['at'] }).map(({ changes, targetType: _type, targetId: _id, ...entry }) => ({ ...entry, fieldsChanged: fieldsOf(changes) }));
    },
  },
];
