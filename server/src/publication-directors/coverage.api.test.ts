import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder, toIsoDate } from '../common/sql.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { SchoolKind, SchoolSector, SchoolStatus } from '../schools/school.enums.js';
import { seedSchool } from '../schools/school.scenarios.js';
import { uaiOf } from '../schools/uai.rules.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';
import {
  AGNES_GELLY, Assign, assignmentsOf, cityReferent, director, LES_FONTANILLES, SAINT_MATHIEU, seedSourceSchools, setDirectoryDirector, type SchoolScenario,
} from './publication-director.scenarios.js';

const Coverage = graphql(`
  query CirconscriptionCoverage($id: ID!) {
    publicationCoverage(circonscriptionId: $id) {
      circonscription { id name } schoolCount uncoveredSchoolCount communeCount uncoveredCommuneCount
      uncoveredSchools { uai name } uncoveredCommunes { inseeCode name } mismatchedSchoolCount mismatchedSchools { uai name publicationDirector { lastName } }
    }
  }
`);

const Summary = graphql(`
  query CoverageSummary($departmentCode: String) {
    publicationCoverageSummary(departmentCode: $departmentCode) { circonscription { id } schoolCount uncoveredSchoolCount communeCount uncoveredCommuneCount }
  }
`);

const SummaryWithMismatches = graphql(`
  query CoverageSummaryWithMismatches { publicationCoverageSummary { circonscription { id } uncoveredSchoolCount mismatchedSchoolCount } }
`);

const Proposals = graphql(`
  query DirectorProposals($id: ID!, $startDate: Date!) {
    publicationDirectorProposals(circonscriptionId: $id, startDate: $startDate) { school { uai } status civility firstName lastName email }
  }
`);

const AssignProposed = graphql(`
  mutation AssignProposedDirectors($id: ID!, $startDate: Date!, $uais: [String!]!) {
    assignProposedPublicationDirectors(circonscriptionId: $id, startDate: $startDate, schoolUais: $uais) { school { uai } civility firstName lastName email function startDate }
  }
`);

const NOW = new Date('2024-10-15T10:00:00Z');
/** More schools of the Pic Saint-Loup circonscription: in Montpellier, without a director, closed, private. */
const MONTPELLIER_SCHOOL = uaiOf(341501);
const NO_DIRECTOR_SCHOOL = uaiOf(341504);
const CLOSED_SCHOOL = uaiOf(341502);
const PRIVATE_SCHOOL = uaiOf(341503);
const MONTPELLIER = '34172';

describe.each(drivers)('publication coverage and the bulk assignment (%s)', (driver) => {
  let server: TestServer;
  let scenario: SchoolScenario;
  let erun: SignedInClient;
  let picSaintLoup: string;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => NOW });
    const em = server.em();
    scenario = await seedSourceSchools(em);
    picSaintLoup = String(scenario.picSaintLoup);
    const more = { kind: SchoolKind.PRIMAIRE, departmentCode: '34', circonscriptionId: scenario.picSaintLoup };
    await seedSchool(em, { ...more, uai: MONTPELLIER_SCHOOL, name: 'École primaire Jean Jaurès', communeInseeCode: MONTPELLIER });
    await seedSchool(em, { ...more, uai: NO_DIRECTOR_SCHOOL, name: 'École primaire du Pic', communeInseeCode: SAINT_MATHIEU });
    await seedSchool(em, { ...more, uai: CLOSED_SCHOOL, name: 'École fermée', communeInseeCode: SAINT_MATHIEU });
    await seedSchool(em, { ...more, uai: PRIVATE_SCHOOL, name: 'École privée', communeInseeCode: MONTPELLIER, sector: SchoolSector.PRIVATE });
    await em.flush();
    await rows(em, sqlBuilder(em).updateTable('school').set({ status: SchoolStatus.CLOSED, closed_on: '2020-07-04' }).where('uai', '=', CLOSED_SCHOOL));
    await setDirectoryDirector(em, AGNES_GELLY, 'Mme Claire DURAND', 'ce.0340711n@ac-montpellier.fr');
    await setDirectoryDirector(em, LES_FONTANILLES, 'M. Karim BENALI', 'Karim.Benali@ac-montpellier.fr');
    await setDirectoryDirector(em, MONTPELLIER_SCHOOL, 'Mme Nadia ROUSSEL', null);

    erun = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: picSaintLoup }]);
    await erun.gql(Assign, { input: director(AGNES_GELLY, '2022-09-01') });
    await erun.gql(Assign, { input: director(LES_FONTANILLES, '2024-01-08', { firstName: 'Sophie', lastName: 'Leroy', email: 'sophie.leroy@ac-montpellier.fr', function: 'INTERIM_DIRECTOR' }) });
    await erun.gql(Assign, { input: cityReferent(SAINT_MATHIEU, '2022-11-21') });
    // Designated from next month: not covered today.
    await erun.gql(Assign, { input: director(MONTPELLIER_SCHOOL, '2024-11-04', { lastName: 'Roussel', firstName: 'Nadia' }) });
  });
  afterAll(() => server?.close());

  it('lists what is uncovered today, and the school whose directory director is someone else', async () => {
    const { data, errors } = await erun.gql(Coverage, { id: picSaintLoup });
    expect(errors).toBeUndefined();
    expect(data?.publicationCoverage).toEqual({
      circonscription: { id: picSaintLoup, name: 'Pic Saint-Loup' },
      schoolCount: 4, uncoveredSchoolCount: 2, communeCount: 2, uncoveredCommuneCount: 1,
      uncoveredSchools: [{ uai: NO_DIRECTOR_SCHOOL, name: 'École primaire du Pic' }, { uai: MONTPELLIER_SCHOOL, name: 'École primaire Jean Jaurès' }],
      uncoveredCommunes: [{ inseeCode: MONTPELLIER, name: 'Montpellier' }],
      mismatchedSchoolCount: 1,
      mismatchedSchools: [{ uai: LES_FONTANILLES, name: 'École maternelle publique Les Fontanilles', publicationDirector: { lastName: 'Leroy' } }],
    });
  });

  it('counts every circonscription of the perimeter in one statement', async () => {
    const own = await erun.gql(Summary, {});
    expect(own.data?.publicationCoverageSummary).toEqual([{ circonscription: { id: picSaintLoup }, schoolCount: 4, uncoveredSchoolCount: 2, communeCount: 2, uncoveredCommuneCount: 1 }]);
    expect(own.statements).toBeLessThanOrEqual(2);
    const team = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.REGION, scopeCode: '76' }]);
    expect((await team.gql(Summary, {})).data?.publicationCoverageSummary.map((row) => row.circonscription.id)).toEqual([String(scenario.albiNord), picSaintLoup]);
    expect((await team.gql(Summary, { departmentCode: '81' })).data?.publicationCoverageSummary).toEqual([
      { circonscription: { id: String(scenario.albiNord) }, schoolCount: 2, uncoveredSchoolCount: 2, communeCount: 1, uncoveredCommuneCount: 1 },
    ]);
  });

  it('counts the mismatched schools of every circonscription in one more statement, when asked', async () => {
    const team = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.REGION, scopeCode: '76' }]);
    const summary = await team.gql(SummaryWithMismatches, {});
    expect(summary.data?.publicationCoverageSummary).toEqual([
      { circonscription: { id: String(scenario.albiNord) }, uncoveredSchoolCount: 2, mismatchedSchoolCount: 0 },
      { circonscription: { id: picSaintLoup }, uncoveredSchoolCount: 2, mismatchedSchoolCount: 1 },
    ]);
    expect(summary.statements).toBeLessThanOrEqual(3);
  });

  it('previews the directory’s directors as publication directors, school by school', async () => {
    const { data } = await erun.gql(Proposals, { id: picSaintLoup, startDate: '2024-11-04' });
    expect(data?.publicationDirectorProposals).toEqual([
      { school: { uai: AGNES_GELLY }, status: 'ALREADY_PUBLICATION_DIRECTOR', civility: 'MADAME', firstName: 'Claire', lastName: 'DURAND', email: 'ce.0340711n@ac-montpellier.fr' },
      { school: { uai: LES_FONTANILLES }, status: 'READY', civility: 'MONSIEUR', firstName: 'Karim', lastName: 'BENALI', email: 'karim.benali@ac-montpellier.fr' },
      { school: { uai: NO_DIRECTOR_SCHOOL }, status: 'NO_DIRECTOR_IN_DIRECTORY', civility: null, firstName: null, lastName: null, email: null },
      { school: { uai: MONTPELLIER_SCHOOL }, status: 'ALREADY_PUBLICATION_DIRECTOR', civility: 'MADAME', firstName: 'Nadia', lastName: 'ROUSSEL', email: null },
    ]);
    const early = await erun.gql(Proposals, { id: picSaintLoup, startDate: '2023-09-01' });
    expect(early.data?.publicationDirectorProposals.find((p) => p.school.uai === LES_FONTANILLES)?.status).toBe('START_DATE_CONFLICT');
  });

  it('assigns the chosen ready proposals all or nothing', async () => {
    await setDirectoryDirector(server.em(), MONTPELLIER_SCHOOL, 'Mme Inès GARCIA', null);
    const mixed = await erun.gql(AssignProposed, { id: picSaintLoup, startDate: '2024-11-04', uais: [LES_FONTANILLES, MONTPELLIER_SCHOOL] });
    expect(mixed.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await assignmentsOf(server.em(), LES_FONTANILLES)).toHaveLength(1);
    const foreign = await erun.gql(AssignProposed, { id: picSaintLoup, startDate: '2024-11-04', uais: [LESCURE_ELEMENTAIRE.uai] });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolUais' });

    const done = await erun.gql(AssignProposed, { id: picSaintLoup, startDate: '2024-11-04', uais: [LES_FONTANILLES.toLowerCase()] });
    expect(done.data?.assignProposedPublicationDirectors).toEqual([{
      school: { uai: LES_FONTANILLES }, civility: 'MONSIEUR', firstName: 'Karim', lastName: 'BENALI', email: 'karim.benali@ac-montpellier.fr', function: 'SCHOOL_DIRECTOR', startDate: '2024-11-04',
    }]);
    expect((await assignmentsOf(server.em(), LES_FONTANILLES)).map((a) => [toIsoDate(a.startDate), toIsoDate(a.endDate)])).toEqual([['2024-01-08', '2024-11-03'], ['2024-11-04', null]]);
    expect((await erun.gql(AssignProposed, { id: picSaintLoup, startDate: '2024-11-04', uais: [LES_FONTANILLES] })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('keeps each ERUN to their own circonscriptions', async () => {
    const albi = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.albiNord) }]);
    expect((await albi.gql(Proposals, { id: picSaintLoup, startDate: '2024-11-04' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await albi.gql(AssignProposed, { id: picSaintLoup, startDate: '2024-11-04', uais: [NO_DIRECTOR_SCHOOL] })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await albi.gql(Coverage, { id: '999999' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
