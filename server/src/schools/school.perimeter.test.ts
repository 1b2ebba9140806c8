import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { AGNES_GELLY, seedSourceSchools, type SchoolScenario } from './school.scenarios.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';

const Schools = graphql(`query PerimeterSchools { schools(limit: 500) { totalCount nodes { uai } } }`);
const OneSchool = graphql(`query PerimeterSchool($uai: String!) { school(uai: $uai) { uai name } }`);
const Rename = graphql(`mutation PerimeterRename($uai: String!, $name: String!) { updateSchool(uai: $uai, input: { version: 1, name: $name }) { name } }`);

describe.each(drivers)('school perimeters (%s)', (driver) => {
  let server: TestServer;
  let scenario: SchoolScenario;
  beforeAll(async () => {
    server = await startTestServer(driver);
    scenario = await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  it('shows an ERUN the schools of their circonscription only, and FORBIDDEN for another one', async () => {
    const erun34 = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.picSaintLoup) }]);
    const list = await erun34.gql(Schools);
    expect(list.data?.schools.nodes.map((s) => s.uai).sort()).toEqual(['0340711N', '0340990S']);
    expect(list.data?.schools.totalCount).toBe(2);
    expect((await erun34.gql(OneSchool, { uai: AGNES_GELLY })).data?.school?.uai).toBe(AGNES_GELLY);
    const elsewhere = await erun34.gql(OneSchool, { uai: LESCURE_ELEMENTAIRE.uai });
    expect(elsewhere.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await erun34.gql(Rename, { uai: AGNES_GELLY, name: 'Renommée' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lets the academic team of one académie edit its schools, not the other académie’s', async () => {
    const toulouse = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    expect((await toulouse.gql(Schools)).data?.schools.totalCount).toBe(2);
    const own = await toulouse.gql(Rename, { uai: LESCURE_ELEMENTAIRE.uai, name: 'École élémentaire de Lescure' });
    expect(own.data?.updateSchool.name).toBe('École élémentaire de Lescure');
    const other = await toulouse.gql(Rename, { uai: AGNES_GELLY, name: 'Hors périmètre' });
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('gives a région-wide grant the whole région', async () => {
    const support = await server.signIn([{ role: Role.SUPPORT, scopeLevel: ScopeLevel.REGION, scopeCode: '76' }]);
    expect((await support.gql(Schools)).data?.schools.totalCount).toBe(4);
    const elsewhere = await server.signIn([{ role: Role.SUPPORT, scopeLevel: ScopeLevel.REGION, scopeCode: '11' }]);
    expect((await elsewhere.gql(Schools)).data?.schools.totalCount).toBe(0);
  });
});
