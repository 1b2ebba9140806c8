import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';
import { AGNES_GELLY, Assign, cityReferent, director, LESCURE, SAINT_MATHIEU, seedSourceSchools, type SchoolScenario } from './publication-director.scenarios.js';

const SchoolView = graphql(`
  query PerimeterSchoolDirectors($uai: String!) { school(uai: $uai) { uai publicationDirector { lastName email } publicationDirectorHistory { id } } }
`);
const SchoolCurrent = graphql(`query PerimeterSchoolCurrent($uai: String!) { school(uai: $uai) { publicationDirector { lastName email } } }`);
const CommuneView = graphql(`
  query PerimeterCommuneDirectors($inseeCode: String!) { commune(inseeCode: $inseeCode) { name publicationDirector { lastName } publicationDirectorHistory { id } } }
`);
const CommuneCurrent = graphql(`query PerimeterCommuneCurrent($inseeCode: String!) { commune(inseeCode: $inseeCode) { publicationDirector { lastName } } }`);
const End = graphql(`mutation PerimeterEnd($id: ID!) { endPublicationDirector(id: $id, endDate: "2024-10-01", reason: "Départ") { id } }`);
const Coverage = graphql(`query PerimeterCoverage($id: ID!) { publicationCoverage(circonscriptionId: $id) { schoolCount } }`);

describe.each(drivers)('publication directors: who reads and writes where (%s)', (driver) => {
  let server: TestServer;
  let scenario: SchoolScenario;
  let erun34: SignedInClient;
  let lescureDirectorId: string;
  const inCirconscription = (id: number) => ({ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(id) });

  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => new Date('2024-10-15T10:00:00Z') });
    scenario = await seedSourceSchools(server.em());
    erun34 = await server.signIn([inCirconscription(scenario.picSaintLoup)]);
    const admin = await server.signIn();
    const lescure = await admin.gql(Assign, { input: director(LESCURE_ELEMENTAIRE.uai, '2023-09-01', { lastName: 'Vidal' }) });
    lescureDirectorId = lescure.data!.assignPublicationDirector.id;
    await admin.gql(Assign, { input: cityReferent(LESCURE, '2023-09-01') });
  });
  afterAll(() => server?.close());

  it('lets an ERUN assign in their circonscription and in the communes of its schools, FORBIDDEN elsewhere', async () => {
    expect((await erun34.gql(Assign, { input: director(AGNES_GELLY, '2024-09-02') })).errors).toBeUndefined();
    expect((await erun34.gql(Assign, { input: cityReferent(SAINT_MATHIEU, '2024-09-02') })).errors).toBeUndefined();
    for (const input of [director(LESCURE_ELEMENTAIRE.uai, '2024-09-02'), cityReferent(LESCURE, '2024-09-02'), cityReferent('34172', '2024-09-02')]) {
      expect((await erun34.gql(Assign, { input })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect((await erun34.gql(End, { id: lescureDirectorId })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await erun34.gql(Coverage, { id: String(scenario.albiNord) })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // A commune space belongs to every ERUN whose circonscriptions hold one of its schools.
    const erun81 = await server.signIn([inCirconscription(scenario.albiNord)]);
    expect((await erun81.gql(CommuneView, { inseeCode: LESCURE })).data?.commune?.publicationDirectorHistory).toHaveLength(1);
    expect((await erun81.gql(CommuneCurrent, { inseeCode: SAINT_MATHIEU })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lets the academic team and the DPO read within their grants, not write', async () => {
    const toulouseTeam = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    expect((await toulouseTeam.gql(SchoolView, { uai: LESCURE_ELEMENTAIRE.uai })).data?.school).toMatchObject({ publicationDirector: { lastName: 'Vidal' }, publicationDirectorHistory: [{ id: lescureDirectorId }] });
    expect((await toulouseTeam.gql(CommuneCurrent, { inseeCode: SAINT_MATHIEU })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await toulouseTeam.gql(Assign, { input: director(LESCURE_ELEMENTAIRE.uai, '2024-09-02') })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const dpo = await server.signIn([{ role: Role.DPO }]);
    expect((await dpo.gql(CommuneView, { inseeCode: SAINT_MATHIEU })).data?.commune).toMatchObject({ publicationDirector: { lastName: 'Giraud' }, publicationDirectorHistory: [{}] });
  });

  it('lets support read the current director, to route incidents, but not the history', async () => {
    const support = await server.signIn([{ role: Role.SUPPORT }]);
    expect((await support.gql(SchoolCurrent, { uai: LESCURE_ELEMENTAIRE.uai })).data?.school?.publicationDirector).toEqual({ lastName: 'Vidal', email: 'claire.durand@ac-montpellier.fr' });
    const withHistory = await support.gql(SchoolView, { uai: LESCURE_ELEMENTAIRE.uai });
    expect(withHistory.data?.school).toMatchObject({ uai: LESCURE_ELEMENTAIRE.uai, publicationDirector: { lastName: 'Vidal' }, publicationDirectorHistory: null });
    expect(withHistory.errors?.map((error) => [error.path?.join('.'), error.extensions.code])).toEqual([['school.publicationDirectorHistory', 'FORBIDDEN']]);
    const commune = await support.gql(CommuneView, { inseeCode: LESCURE });
    expect(commune.data?.commune).toMatchObject({ publicationDirector: { lastName: 'Giraud' }, publicationDirectorHistory: null });
    // Communes are reference data every user reads; their directors are not, outside one's région.
    const elsewhere = await server.signIn([{ role: Role.SUPPORT, scopeLevel: ScopeLevel.REGION, scopeCode: '11' }]);
    const outside = await elsewhere.gql(CommuneCurrent, { inseeCode: LESCURE });
    expect([outside.data?.commune, outside.errors?.[0]?.extensions.code]).toEqual([{ publicationDirector: null }, 'FORBIDDEN']);
  });

  it('judges history with the grants of reading roles only, for someone who is also support', async () => {
    const both = await server.signIn([inCirconscription(scenario.albiNord), { role: Role.SUPPORT }]);
    expect((await both.gql(SchoolView, { uai: LESCURE_ELEMENTAIRE.uai })).errors).toBeUndefined();
    const other = await both.gql(SchoolView, { uai: AGNES_GELLY });
    expect(other.data?.school?.publicationDirector).not.toBeNull();
    expect(other.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
  });
});
