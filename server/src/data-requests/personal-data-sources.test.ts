import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';
import { AGNES_GELLY, seedSourceSchools } from '../schools/school.scenarios.js';
import { incidentSources } from '../incidents/personal-data.js';
import { publicationDirectorSources } from '../publication-directors/personal-data.js';
import { PERSONAL_DATA_SOURCES } from './personal-data-sources.js';

const Assign = graphql(`
  mutation SourcesAssign($input: AssignPublicationDirectorInput!) { assignPublicationDirector(input: $input) { id } }
`);
const Report = graphql(`mutation SourcesReport($input: ReportIncidentInput!) { reportIncident(input: $input) { id reference } }`);
const Comment = graphql(`
  mutation SourcesComment($id: ID!, $body: String!, $internal: Boolean) { commentIncident(id: $id, body: $body, internal: $internal) { id } }
`);

describe.each(drivers)('personal-data sources of the other modules (%s)', (driver) => {
  let server: TestServer;
  const person = { firstName: 'Nadia', lastName: 'Benali', email: 'nadia.benali@ac-montpellier.fr', accountIds: [] };
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  it('are listed for the access archive', () => {
    expect(PERSONAL_DATA_SOURCES).toEqual(expect.arrayContaining([...publicationDirectorSources, ...incidentSources]));
  });

  it('find the person’s publication-director designations, and the incidents they reported with public answers only', async () => {
    const admin = await server.signIn();
    const support = await server.signIn([{ role: Role.SUPPORT }]);
    await admin.gql(Assign, { input: { schoolUai: AGNES_GELLY, civility: 'MADAME', firstName: 'Nadia', lastName: 'Benali', email: person.email, function: 'SCHOOL_DIRECTOR', startDate: '2024-09-01' } });
    const reported = await support.gql(Report, { input: {
      reporterRole: 'SCHOOL_DIRECTOR', reporterName: 'Nadia Benali', reporterEmail: 'Nadia.Benali@ac-montpellier.fr', schoolUai: AGNES_GELLY,
      category: 'MESSAGING', impact: 'LOW', urgency: 'MEDIUM', title: 'Messagerie lente', description: 'Les messages arrivent en retard.',
    } });
    const id = reported.data!.reportIncident.id;
    await support.gql(Comment, { id, body: 'Nous regardons.', internal: false });
    await support.gql(Comment, { id, body: 'Note interne : voir le prestataire.', internal: true });

    const em = server.em();
    const [designations] = await Promise.all(publicationDirectorSources.map((source) => source.collect(em, person)));
    expect(designations).toEqual([expect.objectContaining({ schoolUai: AGNES_GELLY, email: person.email, startDate: '2024-09-01', endDate: null })]);
    const [incidents, answers] = await Promise.all(incidentSources.map((source) => source.collect(em, person)));
    expect(incidents).toEqual([expect.objectContaining({ reference: reported.data!.reportIncident.reference, title: 'Messagerie lente', reportedAt: expect.stringMatching(/T/) })]);
    expect(answers?.map((answer) => answer.body)).toEqual(['Nous regardons.']);
  });
});
