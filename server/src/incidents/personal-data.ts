import { rows, sqlBuilder } from '../common/sql.js';
import { plainRows, type PersonalDataSource } from '../data-requests/personal-data-source.js';

/**
 * The incidents the person reported, with the public comments they received. Internal comments are the
 * support team's working notes about the incident, not data about the reporter: left out, as are the
 * agents' names (other people's data, Art. 15(4)).
 */
export const incidentSources: PersonalDataSource[] = [
  {
    name: 'incidents-signales',
    description: 'Incidents et demandes d’assistance que vous avez signalés.',
    async collect(em, person) {
      if (!person.email) return [];
      const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('incident')
        .select(['reference', 'reporter_role as reporterRole', 'reporter_name as reporterName', 'reporter_email as reporterEmail', 'school_uai as schoolUai',
          'commune_insee_code as communeInseeCode', 'category', 'channel', 'title', 'description', 'status', 'reported_at as reportedAt', 'resolved_at as resolvedAt'])
        .where('reporter_email', '=', person.email).orderBy('reported_at'));
      return plainRows(found, { instants: ['reportedAt', 'resolvedAt'] });
    },
  },
  {
    name: 'incidents-reponses',
    description: 'Réponses de l’assistance sur les incidents que vous avez signalés.',
    async collect(em, person) {
      if (!person.email) return [];
      const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('incident_comment as c').innerJoin('incident as i', 'i.id', 'c.incident_id')
        .select(['i.reference as reference', 'c.body as body', 'c.created_at as createdAt'])
        .where('i.reporter_email', '=', person.email).where('c.internal', '=', false).orderBy('c.created_at'));
      return plainRows(found, { instants: ['createdAt'] });
    },
  },
];
