import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { uaiOf } from './uai.rules.js';
import { AGNES_GELLY, LES_FONTANILLES, LESCURE, SAINT_MATHIEU, seedManySchools, seedSourceSchools, type SchoolScenario } from './school.scenarios.js';

const SchoolQuery = graphql(`
  query School($uai: String!) {
    school(uai: $uai) { uai name kind sector status closedOn version commune { inseeCode name siren } circonscription { id name } }
  }
`);

const SchoolsQuery = graphql(`
  query Schools($filter: SchoolFilter, $orderBy: [SchoolOrder!], $offset: Int!, $limit: Int!) {
    schools(filter: $filter, orderBy: $orderBy, offset: $offset, limit: $limit) {
      totalCount
      nodes { uai name kind commune { inseeCode name siren department { code } } circonscription { id name } }
    }
  }
`);

const CreateSchool = graphql(`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) { uai name kind sector status version commune { inseeCode } circonscription { id } }
  }
`);

const UpdateSchool = graphql(`
  mutation UpdateSchool($uai: String!, $input: UpdateSchoolInput!) {
    updateSchool(uai: $uai, input: $input) { uai name version directorName }
  }
`);

const CloseSchool = graphql(`
  mutation CloseSchool($uai: String!, $closedOn: Date!) {
    closeSchool(uai: $uai, closedOn: $closedOn) { uai status closedOn }
  }
`);

describe.each(drivers)('schools API over HTTP (%s)', (driver) => {
  let server: TestServer;
  let client: TestClient;
  let scenario: SchoolScenario;
  let manyUais: string[];

  beforeAll(async () => {
    server = await startTestServer(driver);
    client = await server.signIn();
    scenario = await seedSourceSchools(server.em());
    manyUais = await seedManySchools(server.em(), 120, scenario.picSaintLoup);
  });
  afterAll(() => server?.close());

  it('reads a school by UAI with its commune and circonscription', async () => {
    const { data, errors } = await client.gql(SchoolQuery, { uai: AGNES_GELLY });
    expect(errors).toBeUndefined();
    expect(data?.school).toMatchObject({
      uai: AGNES_GELLY, name: 'École élémentaire publique Agnès Gelly', kind: 'ELEMENTAIRE', sector: 'PUBLIC', status: 'OPEN', closedOn: null, version: 1,
      commune: { inseeCode: SAINT_MATHIEU, name: 'Saint-Mathieu-de-Tréviers', siren: '213402761' },
      circonscription: { id: String(scenario.picSaintLoup), name: 'Pic Saint-Loup' },
    });
  });

  it('answers null for an unknown school and BAD_USER_INPUT on uai for a malformed one', async () => {
    expect((await client.gql(SchoolQuery, { uai: uaiOf(340001) })).data?.school).toBeNull();
    const { errors } = await client.gql(SchoolQuery, { uai: '0340711A' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uai' });
  });

  it('filters by accent- and case-insensitive name, commune, department, académie, kind', async () => {
    const byName = await client.gql(SchoolsQuery, { filter: { q: 'AGNES gelly' }, offset: 0, limit: 10 });
    expect(byName.data?.schools.nodes.map((s) => s.uai)).toEqual([AGNES_GELLY]);
    const byCommune = await client.gql(SchoolsQuery, { filter: { communeInseeCode: SAINT_MATHIEU }, offset: 0, limit: 10 });
    expect(byCommune.data?.schools.nodes.map((s) => s.uai).sort()).toEqual([AGNES_GELLY, LES_FONTANILLES].sort());
    const toulouse = await client.gql(SchoolsQuery, { filter: { academyCode: '16' }, offset: 0, limit: 10 });
    expect(toulouse.data?.schools.nodes.every((s) => s.commune.inseeCode === LESCURE)).toBe(true);
    expect(toulouse.data?.schools.totalCount).toBe(2);
    const maternelles34 = await client.gql(SchoolsQuery, { filter: { departmentCode: '34', kind: 'MATERNELLE' }, offset: 0, limit: 10 });
    expect(maternelles34.data?.schools.nodes.map((s) => s.uai)).toEqual([LES_FONTANILLES]);
    const byUaiPrefix = await client.gql(SchoolsQuery, { filter: { q: '034071' }, offset: 0, limit: 10 });
    expect(byUaiPrefix.data?.schools.nodes.map((s) => s.uai)).toEqual([AGNES_GELLY]);
    const byCirconscription = await client.gql(SchoolsQuery, { filter: { circonscriptionId: String(scenario.albiNord) }, offset: 0, limit: 10 });
    expect(byCirconscription.data?.schools.totalCount).toBe(2);
    const byUais = await client.gql(SchoolsQuery, { filter: { uais: [LES_FONTANILLES, AGNES_GELLY.toLowerCase(), '0000000A'] }, orderBy: [{ field: 'UAI', direction: 'ASC' }], offset: 0, limit: 10 });
    expect(byUais.data?.schools.nodes.map((s) => s.uai)).toEqual([AGNES_GELLY, LES_FONTANILLES]);
    expect((await client.gql(SchoolsQuery, { filter: { uais: [] }, offset: 0, limit: 10 })).data?.schools.totalCount).toBe(0);
  });

  it('sorts by name (accent-insensitive) then UAI, in both directions', async () => {
    const asc = await client.gql(SchoolsQuery, { filter: { departmentCode: '34' }, orderBy: [{ field: 'NAME', direction: 'ASC' }], offset: 0, limit: 500 });
    const names = asc.data!.schools.nodes.map((s) => s.name);
    expect(names[0]).toBe('École élémentaire publique Agnès Gelly');
    const desc = await client.gql(SchoolsQuery, { filter: { departmentCode: '34' }, orderBy: [{ field: 'NAME', direction: 'DESC' }], offset: 0, limit: 500 });
    expect(desc.data!.schools.nodes.map((s) => s.name)).toEqual([...names].reverse());
    const byUai = await client.gql(SchoolsQuery, { filter: { departmentCode: '34' }, orderBy: [{ field: 'UAI', direction: 'DESC' }], offset: 0, limit: 3 });
    expect(byUai.data!.schools.nodes.map((s) => s.uai)).toEqual([...manyUais].sort().reverse().slice(0, 3));
  });

  it('paginates without overlap and counts the whole filter', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 122; offset += 50) {
      const page = await client.gql(SchoolsQuery, { filter: { departmentCode: '34' }, offset, limit: 50 });
      expect(page.data!.schools.totalCount).toBe(122);
      seen.push(...page.data!.schools.nodes.map((s) => s.uai));
    }
    expect(seen).toHaveLength(122);
    expect(new Set(seen).size).toBe(122);
  });

  it('refuses a limit outside 1–500 with BAD_USER_INPUT on limit', async () => {
    for (const limit of [0, 501]) {
      const { errors } = await client.gql(SchoolsQuery, { offset: 0, limit });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    }
  });

  it('reads a page of 100 schools with commune, its département, circonscription and the total in 2 statements (session, page)', async () => {
    const page = await client.gql(SchoolsQuery, { filter: { departmentCode: '34' }, offset: 0, limit: 100 });
    expect(page.data!.schools.nodes).toHaveLength(100);
    expect(page.data!.schools.nodes.every((s) => s.commune.name && s.commune.department.code === '34' && s.circonscription?.name)).toBe(true);
    expect(page.statements).toBe(2);
    const total = page.data!.schools.totalCount;
    const last = await client.gql(SchoolsQuery, { filter: { departmentCode: '34' }, offset: total - 1, limit: 100 });
    expect([last.data!.schools.totalCount, last.data!.schools.nodes.length, last.statements]).toEqual([total, 1, 2]);
    // Past the end no row carries the total: a count runs alone.
    const beyond = await client.gql(SchoolsQuery, { filter: { departmentCode: '34' }, offset: total + 10, limit: 100 });
    expect([beyond.data!.schools.totalCount, beyond.data!.schools.nodes.length, beyond.statements]).toEqual([total, 0, 3]);
  });

  it('creates a school, refusing a wrong check letter, a duplicate and an unknown commune', async () => {
    const created = await client.gql(CreateSchool, { input: { uai: `${uaiOf(341234).slice(0, 7)}y`, name: 'École test', kind: 'PRIMAIRE', communeInseeCode: SAINT_MATHIEU } });
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uai' });

    const ok = await client.gql(CreateSchool, { input: { uai: uaiOf(341234).toLowerCase(), name: ' École du Pic ', kind: 'PRIMAIRE', communeInseeCode: SAINT_MATHIEU, circonscriptionId: String(scenario.picSaintLoup) } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.createSchool).toMatchObject({ uai: uaiOf(341234), name: 'École du Pic', sector: 'PUBLIC', status: 'OPEN', version: 1, commune: { inseeCode: SAINT_MATHIEU } });

    const duplicate = await client.gql(CreateSchool, { input: { uai: uaiOf(341234), name: 'Encore', kind: 'PRIMAIRE', communeInseeCode: SAINT_MATHIEU } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'uai' });

    const unknownCommune = await client.gql(CreateSchool, { input: { uai: uaiOf(341235), name: 'Ailleurs', kind: 'PRIMAIRE', communeInseeCode: '99999' } });
    expect(unknownCommune.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeInseeCode' });
  });

  it('refuses a circonscription of another department, and writes nothing', async () => {
    const { errors } = await client.gql(CreateSchool, { input: { uai: uaiOf(341236), name: 'Mauvais district', kind: 'PRIMAIRE', communeInseeCode: SAINT_MATHIEU, circonscriptionId: String(scenario.albiNord) } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'circonscriptionId' });
    expect((await client.gql(SchoolQuery, { uai: uaiOf(341236) })).data?.school).toBeNull();
  });

  it('names the leaf field of an invalid input', async () => {
    const { errors } = await client.gql(CreateSchool, { input: { uai: uaiOf(341237), name: 'Courriel', kind: 'PRIMAIRE', communeInseeCode: SAINT_MATHIEU, directorEmail: 'pas-un-courriel' } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'directorEmail' });
    const badEnum = await client.post({ query: 'mutation($i: CreateSchoolInput!) { createSchool(input: $i) { uai } }', variables: { i: { uai: uaiOf(341237), name: 'x', kind: 'LYCEE', communeInseeCode: SAINT_MATHIEU } } });
    expect(badEnum.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('updates with optimistic locking: a stale version gets CONFLICT and changes nothing', async () => {
    const first = await client.gql(UpdateSchool, { uai: LES_FONTANILLES, input: { version: 1, name: 'École maternelle Les Fontanilles', directorName: 'Mme Durand' } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateSchool).toMatchObject({ name: 'École maternelle Les Fontanilles', version: 2, directorName: 'Mme Durand' });

    const stale = await client.gql(UpdateSchool, { uai: LES_FONTANILLES, input: { version: 1, name: 'Écrasement' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const after = await client.gql(SchoolQuery, { uai: LES_FONTANILLES });
    expect(after.data?.school).toMatchObject({ name: 'École maternelle Les Fontanilles', version: 2 });

    const cleared = await client.gql(UpdateSchool, { uai: LES_FONTANILLES, input: { version: 2, directorName: null } });
    expect(cleared.data?.updateSchool).toMatchObject({ directorName: null, version: 3 });
    const required = await client.gql(UpdateSchool, { uai: LES_FONTANILLES, input: { version: 3, name: null } });
    expect(required.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('closes a school once; NOT_FOUND for an unknown one', async () => {
    const uai = manyUais[0]!;
    const closed = await client.gql(CloseSchool, { uai, closedOn: '2024-07-05' });
    expect(closed.data?.closeSchool).toEqual({ uai, status: 'CLOSED', closedOn: '2024-07-05' });
    const again = await client.gql(CloseSchool, { uai, closedOn: '2024-07-06' });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const unknown = await client.gql(CloseSchool, { uai: uaiOf(340001), closedOn: '2024-07-05' });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const badDate = await client.gql(CloseSchool, { uai, closedOn: '2024-02-30' });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
  });
});
