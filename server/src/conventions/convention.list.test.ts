import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { AGNES_GELLY, LES_FONTANILLES, LESCURE, LESCURE_SCHOOLS, SAINT_MATHIEU, conventionUpTo, seedCommuneSchools, seedConventionScenario } from './convention.scenarios.js';

const Conventions = graphql(`
  query ListConventions($filter: ConventionFilter, $orderBy: [ConventionOrder!], $offset: Int!, $limit: Int!) {
    conventions(filter: $filter, orderBy: $orderBy, offset: $offset, limit: $limit) {
      totalCount
      nodes { id schoolYear status amountCents commune { inseeCode name } deliberation { number adopted } }
    }
  }
`);
const ConventionsWithSchools = graphql(`
  query ListConventionsWithSchools($filter: ConventionFilter) {
    conventions(filter: $filter, limit: 100) { nodes { id schools { uai } amendments { number } payments { id } contact { mayorName } } }
  }
`);
const OneConvention = graphql(`query PerimeterConvention($id: ID!) { convention(id: $id) { id commune { inseeCode } } }`);
const Create = graphql(`mutation PerimeterCreate($input: CreateConventionInput!) { createConvention(input: $input) { id } }`);

describe.each(drivers)('convention lists and perimeters (%s)', (driver) => {
  let server: TestServer;
  let admin: TestClient;
  let lescure: string;
  let saintMathieu: string;
  const many: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedConventionScenario(server.em());
    admin = await server.signIn();
    lescure = await conventionUpTo(admin, { communeInseeCode: LESCURE, schoolYear: '2023-2024', schoolUais: LESCURE_SCHOOLS }, 'DELIBERATED');
    saintMathieu = await conventionUpTo(admin, { communeInseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', schoolUais: [AGNES_GELLY, LES_FONTANILLES] }, 'SIGNED');
    // 30 more Hérault communes with one school each, for pagination and statement counts.
    const communes = await rows<{ code: string }>(server.em(), sqlBuilder(server.em()).selectFrom('commune').select('insee_code as code')
      .where('department_code', '=', '34').where('insee_code', 'not in', [SAINT_MATHIEU]).orderBy('insee_code').limit(30));
    for (const [i, { code }] of communes.entries()) {
      const [uai] = await seedCommuneSchools(server.em(), code, '34', 342000 + i);
      many.push(await conventionUpTo(admin, { communeInseeCode: code, schoolYear: '2022-2023', schoolUais: [uai!] }, i % 2 ? 'SENT' : 'DRAFT'));
    }
  });
  afterAll(() => server?.close());

  it('filters by school year, status, commune, académie and département; searches the commune name', async () => {
    const list = (filter: Record<string, unknown>) => admin.gql(Conventions, { filter, offset: 0, limit: 100 }).then((r) => r.data!.conventions);
    expect((await list({ schoolYear: '2023-2024' })).nodes.map((c) => c.id)).toEqual([lescure]);
    expect((await list({ academyCode: '16' })).totalCount).toBe(1);
    expect((await list({ academyCode: '11' })).totalCount).toBe(31);
    expect((await list({ departmentCode: '81', status: 'DELIBERATED' })).nodes[0]).toMatchObject({ id: lescure, deliberation: { number: '48/2023', adopted: true } });
    expect((await list({ status: 'SIGNED' })).nodes.map((c) => c.id)).toEqual([saintMathieu]);
    expect((await list({ communeInseeCode: SAINT_MATHIEU })).nodes[0]).toMatchObject({ amountCents: 9000, commune: { name: 'Saint-Mathieu-de-Tréviers' } });
    expect((await list({ q: 'treviers' })).nodes.map((c) => c.id)).toEqual([saintMathieu]);
    expect((await list({ schoolYear: '2022-2023', status: 'SENT' })).totalCount).toBe(15);
    const bad = await admin.gql(Conventions, { filter: { schoolYear: '2022-2024' }, offset: 0, limit: 10 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolYear' });
  });

  it('sorts and paginates without overlap', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 32; offset += 10) {
      const page = await admin.gql(Conventions, { orderBy: [{ field: 'COMMUNE_NAME', direction: 'DESC' }], offset, limit: 10 });
      expect(page.data!.conventions.totalCount).toBe(32);
      seen.push(...page.data!.conventions.nodes.map((c) => c.id));
    }
    expect(new Set(seen).size).toBe(32);
    const byAmount = await admin.gql(Conventions, { orderBy: [{ field: 'AMOUNT', direction: 'DESC' }, { field: 'SCHOOL_YEAR', direction: 'DESC' }], offset: 0, limit: 2 });
    expect(byAmount.data!.conventions.nodes.map((c) => c.id)).toEqual([lescure, saintMathieu]);
  });

  it('reads a page with its commune and deliberation in 3 statements, and its to-many relations in one more each', async () => {
    const page = await admin.gql(Conventions, { offset: 0, limit: 100 });
    expect(page.data!.conventions.nodes).toHaveLength(32);
    expect(page.statements).toBe(2); // session, page with its count
    const withSchools = await admin.gql(ConventionsWithSchools, {});
    expect(withSchools.data!.conventions.nodes.every((c) => c.schools.length > 0)).toBe(true);
    expect(withSchools.statements).toBeLessThanOrEqual(6); // session, page, schools, amendments, payments, contacts
  });

  it('shows the academic team of an académie its own conventions only; FORBIDDEN on the others, for reads and writes', async () => {
    const toulouse = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    const list = await toulouse.gql(Conventions, { offset: 0, limit: 100 });
    expect(list.data!.conventions.nodes.map((c) => c.id)).toEqual([lescure]);
    expect((await toulouse.gql(OneConvention, { id: lescure })).data?.convention?.id).toBe(lescure);
    expect((await toulouse.gql(OneConvention, { id: saintMathieu })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const [uai] = await seedCommuneSchools(server.em(), '34003', '34', 343000);
    expect((await toulouse.gql(Create, { input: { communeInseeCode: '34003', schoolYear: '2022-2023', schoolUais: [uai!] } })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const herault = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.DEPARTMENT, scopeCode: '34' }]);
    expect((await herault.gql(Conventions, { offset: 0, limit: 1 })).data!.conventions.totalCount).toBe(31);
    // A circonscription is no perimeter for a commune's contract.
    const district = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: '1' }]);
    expect((await district.gql(Conventions, { offset: 0, limit: 1 })).data!.conventions.totalCount).toBe(0);
  });
});
