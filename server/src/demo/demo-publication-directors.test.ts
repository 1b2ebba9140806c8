import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { createLogger } from '../logger.js';
import { loadDemoData } from './demo-data.js';
import { AGNES_GELLY, LES_FONTANILLES } from './source-documents.js';

const DemoCoverage = graphql(`
  query DemoCoverage($id: ID!) { publicationCoverage(circonscriptionId: $id) { uncoveredSchoolCount uncoveredCommuneCount mismatchedSchools { uai } } }
`);
const DemoProposals = graphql(`
  query DemoProposals($id: ID!) { publicationDirectorProposals(circonscriptionId: $id, startDate: "2025-09-01") { status } }
`);
const DemoHistory = graphql(`query DemoHistory($uai: String!) { school(uai: $uai) { publicationDirectorHistory { lastName endDate } } }`);

describe.each(drivers)('demo publication directors (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    // Twice: a rerun (every development start) adds nothing.
    await loadDemoData(server.orm, server.config, createLogger('silent'));
    await loadDemoData(server.orm, server.config, createLogger('silent'));
  });
  afterAll(() => server?.close());

  it('covers Saint-Mathieu-de-Tréviers with a history and a mismatch, and leaves work for both demo ERUN', async () => {
    const em = server.em();
    const ids = new Map((await rows<{ id: number; code: string }>(em, sqlBuilder(em).selectFrom('circonscription').select(['id', 'code']))).map((c) => [c.code, String(c.id)]));
    expect((await rows(em, sqlBuilder(em).selectFrom('publication_director_assignment').select('id'))).length).toBe(5);
    const admin = await server.signIn();
    expect((await admin.gql(DemoCoverage, { id: ids.get('DEMO-34-PSL')! })).data?.publicationCoverage).toEqual({ uncoveredSchoolCount: 8, uncoveredCommuneCount: 4, mismatchedSchools: [{ uai: LES_FONTANILLES.uai }] });
    expect((await admin.gql(DemoCoverage, { id: ids.get('DEMO-81-ALB')! })).data?.publicationCoverage).toEqual({ uncoveredSchoolCount: 9, uncoveredCommuneCount: 5, mismatchedSchools: [] });
    const statuses = (await admin.gql(DemoProposals, { id: ids.get('DEMO-34-PSL')! })).data?.publicationDirectorProposals.map((p) => p.status);
    expect(statuses?.filter((status) => status === 'READY')).toHaveLength(6);
    expect(new Set(statuses)).toEqual(new Set(['READY', 'ALREADY_PUBLICATION_DIRECTOR', 'INCOMPLETE_DIRECTOR', 'NO_DIRECTOR_IN_DIRECTORY']));
    expect((await admin.gql(DemoHistory, { uai: AGNES_GELLY.uai })).data?.school?.publicationDirectorHistory).toEqual([{ lastName: 'DURAND', endDate: null }, { lastName: 'MARTIN', endDate: '2022-08-31' }]);
  });
});
