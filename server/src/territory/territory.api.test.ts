import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { seedSourceSchools, type SchoolScenario } from '../schools/school.scenarios.js';
import { loadReferenceData } from './reference-data.js';

const Territory = graphql(`
  query Territory {
    academies { totalCount nodes { code name regionCode regionName served } }
    departments(filter: { academyCode: "16" }, limit: 50) { totalCount nodes { code name academy { code name } } }
  }
`);

const Communes = graphql(`
  query Communes($filter: CommuneFilter, $orderBy: [CommuneOrder!], $limit: Int!, $offset: Int!) {
    communes(filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) {
      totalCount
      nodes { inseeCode name siren postalCodes population department { code name academy { code } } }
    }
  }
`);

const Commune = graphql(`
  query Commune($inseeCode: String!) { commune(inseeCode: $inseeCode) { inseeCode name siren postalCodes population } }
`);

const Circonscriptions = graphql(`
  query Circonscriptions($filter: CirconscriptionFilter) {
    circonscriptions(filter: $filter) { totalCount nodes { id code name ienName department { code } } }
  }
`);

describe.each(drivers)('territory API (%s)', (driver) => {
  let server: TestServer;
  let client: TestClient;
  let scenario: SchoolScenario;

  beforeAll(async () => {
    server = await startTestServer(driver);
    client = await server.signIn();
    scenario = await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  it('serves the Occitanie région académique: académies 11 and 16 and their 13 départements', async () => {
    const { data } = await client.gql(Territory);
    expect(data?.academies.nodes).toEqual([
      { code: '11', name: 'Montpellier', regionCode: '76', regionName: 'Région académique Occitanie', served: true },
      { code: '16', name: 'Toulouse', regionCode: '76', regionName: 'Région académique Occitanie', served: true },
    ]);
    expect(data?.departments.nodes.map((d) => d.code)).toEqual(['09', '12', '31', '32', '46', '65', '81', '82']);
    expect(data?.departments.nodes.every((d) => d.academy.name === 'Toulouse')).toBe(true);
  });

  it('holds the 4,446 communes of the served départements with their SIREN', async () => {
    const { data } = await client.gql(Communes, { limit: 1, offset: 0 });
    expect(data?.communes.totalCount).toBe(4446);
    const stm = await client.gql(Commune, { inseeCode: '34276' });
    expect(stm.data?.commune).toEqual({ inseeCode: '34276', name: 'Saint-Mathieu-de-Tréviers', siren: '213402761', postalCodes: ['34270'], population: expect.any(Number) });
    const lescure = await client.gql(Commune, { inseeCode: '81144' });
    expect(lescure.data?.commune?.siren).toBe('218101442');
    expect((await client.gql(Commune, { inseeCode: '75056' })).data?.commune).toBeNull();
  });

  it('searches communes without accents, filters by département and sorts by population', async () => {
    const search = await client.gql(Communes, { filter: { q: 'mathieu de treviers' }, limit: 10, offset: 0 });
    expect(search.data?.communes.nodes.map((c) => c.inseeCode)).toEqual(['34276']);
    const biggest = await client.gql(Communes, { filter: { departmentCode: '31' }, orderBy: [{ field: 'POPULATION', direction: 'DESC' }], limit: 1, offset: 0 });
    expect(biggest.data?.communes.nodes[0]?.name).toBe('Toulouse');
    const some = await client.gql(Communes, { filter: { inseeCodes: ['81144', '34276'], served: true }, orderBy: [{ field: 'INSEE_CODE', direction: 'ASC' }], limit: 10, offset: 0 });
    expect(some.data?.communes.nodes.map((c) => c.inseeCode)).toEqual(['34276', '81144']);
    expect((await client.gql(Communes, { filter: { served: false }, limit: 1, offset: 0 })).data?.communes.totalCount).toBe(0);
    const badDepartment = await client.gql(Communes, { filter: { departmentCode: '3' }, limit: 1, offset: 0 });
    expect(badDepartment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentCode' });
  });

  it('lists circonscriptions by département', async () => {
    const { data } = await client.gql(Circonscriptions, { filter: { departmentCode: '81' } });
    expect(data?.circonscriptions.nodes).toEqual([{ id: String(scenario.albiNord), code: 'T-81-ALB', name: 'Albi Nord', ienName: 'IEN de test', department: { code: '81' } }]);
    const byIds = await client.gql(Circonscriptions, { filter: { ids: [String(scenario.picSaintLoup)] } });
    expect(byIds.data?.circonscriptions.nodes.map((c) => c.code)).toEqual(['T-34-PSL']);
  });

  it('reloads the reference data idempotently', async () => {
    const first = await loadReferenceData(server.orm, { national: false });
    const second = await loadReferenceData(server.orm, { national: false });
    expect(second).toEqual(first);
    expect(first).toEqual({ academies: 2, departments: 13, communes: 4446 });
    expect((await client.gql(Communes, { limit: 1, offset: 0 })).data?.communes.totalCount).toBe(4446);
  });
});
