import { rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import { decodeRights } from './request.rules.js';
import { plainRows, type PersonalDataSource } from './personal-data-source.js';

/** The DPO's own register: the requests the person made, or that were made about them. */
export const requestSources: PersonalDataSource[] = [{
  name: 'demandes-rgpd',
  description: 'Demandes d’exercice des droits que vous avez faites ou qui vous concernent (retrouvées par adresse électronique ou par nom).',
  async collect(em, person) {
    const name = searchable(`${person.firstName} ${person.lastName}`);
    const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('data_subject_request').select([
      'reference', 'received_on as receivedOn', 'rights', 'status', 'due_on as dueOn', 'answered_on as answeredOn', 'outcome', 'content',
    ]).where((eb) => eb.or([
      ...(person.email ? [eb('applicant_email', '=', person.email), eb('subject_email', '=', person.email)] : []),
      eb('search_names', 'like', `%${name}%`),
    ])).orderBy('id'));
    return plainRows(found, { dates: ['receivedOn', 'dueOn', 'answeredOn'] }).map((row) => ({ ...row, rights: decodeRights(row.rights as string).join(', ') }));
  },
}];
