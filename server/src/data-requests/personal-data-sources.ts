/**
 * Where the back office holds personal data, for the right of access (GDPR Art. 15): each module that
 * stores data about people registers a source here, and the access archive of a request gathers them all.
 *
 * To add one: write `<module>/personal-data.ts` exporting a `PersonalDataSource` (or several) whose
 * `collect` selects the rows about the person (by e-mail, by account id, by name where nothing else
 * exists) as plain values, without other people's data (Art. 15(4)); then list it below.
 */
import { accountSources } from '../auth/personal-data.js';
import { auditSources } from '../audit/personal-data.js';
import { fileSources } from '../files/personal-data.js';
import { incidentSources } from '../incidents/personal-data.js';
import { mailSources } from '../notifications/personal-data.js';
import { publicationDirectorSources } from '../publication-directors/personal-data.js';
import { schoolSources } from '../schools/personal-data.js';
import { requestSources } from './personal-data.js';
import type { PersonalDataSource } from './personal-data-source.js';

export const PERSONAL_DATA_SOURCES: readonly PersonalDataSource[] = [
  ...accountSources, ...auditSources, ...mailSources, ...fileSources, ...schoolSources, ...publicationDirectorSources, ...incidentSources,
  ...requestSources,
];
