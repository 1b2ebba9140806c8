import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { seedCirconscription, seedManySchools } from '../schools/school.scenarios.js';
import { uaiOf } from '../schools/uai.rules.js';
import { LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE } from '../demo/source-documents.js';
import {
  AGNES_GELLY, Assign, assignmentsOf, cityReferent, director, SAINT_MATHIEU, seedSourceSchools,
} from './publication-director.scenarios.js';

const End = graphql(`
  mutation EndPublicationDirector($id: ID!, $endDate: Date!, $reason: String!) {
    endPublicationDirector(id: $id, endDate: $endDate, reason: $reason) { id endDate endReason }
  }
`);

const Acknowledge = graphql(`
  mutation AcknowledgeCharter($id: ID!, $on: Date!) { acknowledgeCharter(id: $id, on: $on) { id charterAcknowledgedOn } }
`);

const SchoolDirectors = graphql(`
  query SchoolPublicationDirectors($uai: String!) {
    school(uai: $uai) {
      publicationDirector { id firstName lastName }
      publicationDirectorHistory { id firstName lastName startDate endDate endReason }
    }
  }
`);

const CommuneDirectors = graphql(`
  query CommunePublicationDirectors($inseeCode: String!) {
    commune(inseeCode: $inseeCode) { publicationDirector { id lastName function commune { inseeCode } school { uai } } publicationDirectorHistory { id } }
  }
`);

const SchoolsWithDirectors = graphql(`
  query SchoolsWithPublicationDirectors($circonscriptionId: ID!) {
    schools(filter: { circonscriptionId: $circonscriptionId }, limit: 100) {
      totalCount
      nodes { uai publicationDirector { lastName email } publicationDirectorHistory { startDate } }
    }
  }
`);

/** "Today" for every rule of these tests: Tuesday 15 October 2024, Paris time. */
const SchoolPage = graphql(`
  query SchoolPageWithDirector($uai: String!) {
    school(uai: $uai) {
      uai name commune { inseeCode name department { code name } } circonscription { id name }
      publicationDirector { civility firstName lastName email startDate endDate }
    }
  }
`);

const NOW = new Date('2024-10-15T10:00:00Z');

describe.each(drivers)('publication directors API (%s)', (driver) => {
  let server: TestServer;
  let admin: SignedInClient;
  let circonscriptionId: string;
  let schools: string[];
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => NOW });
    admin = await server.signIn();
    await seedSourceSchools(server.em());
    const circonscription = await seedCirconscription(server.em(), 'T-34-ESS', 'Essai', '34');
    circonscriptionId = String(circonscription.id);
    schools = await seedManySchools(server.em(), 110, circonscription.id);
  });
  afterAll(() => server?.close());

  it('assigns a director; a successor ends them the day before; the history is newest first', async () => {
    const claire = await admin.gql(Assign, { input: director(AGNES_GELLY, '2022-09-01') });
    expect(claire.errors).toBeUndefined();
    expect(claire.data?.assignPublicationDirector).toMatchObject({
      school: { uai: AGNES_GELLY }, commune: null, civility: 'MADAME', firstName: 'Claire', lastName: 'Durand', email: 'claire.durand@ac-montpellier.fr',
      function: 'SCHOOL_DIRECTOR', startDate: '2022-09-01', endDate: null, endReason: null, charterAcknowledgedOn: null,
    });
    const sophie = await admin.gql(Assign, { input: director(AGNES_GELLY, '2024-09-02', { firstName: ' Sophie ', lastName: 'Leroy', email: 'Sophie.Leroy@AC-Montpellier.fr', function: 'INTERIM_DIRECTOR' }) });
    expect(sophie.data?.assignPublicationDirector).toMatchObject({ firstName: 'Sophie', email: 'sophie.leroy@ac-montpellier.fr', endDate: null });
    // A successor from a later date: the interim stays publication director until then.
    const karim = await admin.gql(Assign, { input: director(AGNES_GELLY, '2025-01-06', { civility: 'MONSIEUR', firstName: 'Karim', lastName: 'Benali', email: 'karim.benali@ac-montpellier.fr' }) });
    expect(karim.errors).toBeUndefined();

    const { data } = await admin.gql(SchoolDirectors, { uai: AGNES_GELLY });
    expect(data?.school?.publicationDirector).toMatchObject({ firstName: 'Sophie', lastName: 'Leroy' });
    expect(data?.school?.publicationDirectorHistory).toEqual([
      { id: karim.data!.assignPublicationDirector.id, firstName: 'Karim', lastName: 'Benali', startDate: '2025-01-06', endDate: null, endReason: null },
      { id: sophie.data!.assignPublicationDirector.id, firstName: 'Sophie', lastName: 'Leroy', startDate: '2024-09-02', endDate: '2025-01-05', endReason: 'Remplacée par M. Karim Benali à compter du 2025-01-06' },
      { id: claire.data!.assignPublicationDirector.id, firstName: 'Claire', lastName: 'Durand', startDate: '2022-09-01', endDate: '2024-09-01', endReason: 'Remplacée par Mme Sophie Leroy à compter du 2024-09-02' },
    ]);
  });

  it('refuses back-dated overlaps with CONFLICT, and rewrites nothing', async () => {
    const uai = schools[0]!;
    for (const startDate of ['2022-09-01', '2024-09-02']) expect((await admin.gql(Assign, { input: director(uai, startDate) })).errors).toBeUndefined();
    const before = await assignmentsOf(server.em(), uai);
    for (const startDate of ['2024-09-02', '2024-09-01', '2023-03-01', '2022-08-31']) {
      const { errors } = await admin.gql(Assign, { input: director(uai, startDate, { firstName: 'Tard', lastName: 'Venu' }) });
      expect(errors?.[0]?.extensions.code).toBe('CONFLICT');
    }
    expect(await assignmentsOf(server.em(), uai)).toEqual(before);
  });

  it('names the faulty field of a bad assignment', async () => {
    const cases: Array<[Parameters<typeof director>[2] & { schoolUai?: string | null; communeInseeCode?: string | null }, string]> = [
      [{ communeInseeCode: SAINT_MATHIEU }, 'communeInseeCode'],
      [{ schoolUai: null }, 'schoolUai'],
      [{ schoolUai: '0340711A' }, 'schoolUai'],
      [{ function: 'OTHER' }, 'justification'],
      [{ function: 'OTHER', justification: '   ' }, 'justification'],
      [{ function: 'CITY_REFERENT' }, 'function'],
      [{ email: 'claire.durand@' }, 'email'],
      [{ firstName: '  ' }, 'firstName'],
    ];
    for (const [override, field] of cases) {
      const { errors } = await admin.gql(Assign, { input: { ...director(schools[1]!, '2024-09-02'), ...override } });
      expect({ override, error: errors?.[0]?.extensions }).toMatchObject({ override, error: { code: 'BAD_USER_INPUT', field } });
    }
    const badCivility = await admin.post({ query: 'mutation($i: AssignPublicationDirectorInput!) { assignPublicationDirector(input: $i) { id } }', variables: { i: { ...director(schools[1]!, '2024-09-02'), civility: 'MADEMOISELLE' } } });
    expect(badCivility.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'civility' });
    const unknown = await admin.gql(Assign, { input: director(uaiOf(340001), '2024-09-02') });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await assignmentsOf(server.em(), schools[1]!)).toEqual([]);
  });

  it('accepts OTHER with a justification, and gives a commune its référent ville', async () => {
    const other = await admin.gql(Assign, { input: director(LESCURE_MATERNELLE.uai, '2024-09-02', { function: 'OTHER', justification: 'Directrice absente, adjointe désignée par l’IEN' }) });
    expect(other.data?.assignPublicationDirector).toMatchObject({ function: 'OTHER', justification: 'Directrice absente, adjointe désignée par l’IEN' });
    const referent = await admin.gql(Assign, { input: cityReferent(SAINT_MATHIEU, '2022-11-21') });
    expect(referent.data?.assignPublicationDirector).toMatchObject({ school: null, commune: { inseeCode: SAINT_MATHIEU }, function: 'CITY_REFERENT' });
    const { data } = await admin.gql(CommuneDirectors, { inseeCode: SAINT_MATHIEU });
    expect(data?.commune?.publicationDirector).toMatchObject({ lastName: 'Giraud', function: 'CITY_REFERENT', commune: { inseeCode: SAINT_MATHIEU }, school: null });
    expect(data?.commune?.publicationDirectorHistory).toHaveLength(1);
  });

  it('ends a director: not before their start, not twice, and history stays closed', async () => {
    const { data } = await admin.gql(Assign, { input: director(LESCURE_ELEMENTAIRE.uai, '2023-09-01', { civility: 'MONSIEUR', firstName: 'Paul', lastName: 'Vidal', email: 'paul.vidal@ac-toulouse.fr' }) });
    const id = data!.assignPublicationDirector.id;
    const early = await admin.gql(End, { id, endDate: '2023-08-31', reason: 'Mutation' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    const noReason = await admin.gql(End, { id, endDate: '2024-07-05', reason: ' ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const ended = await admin.gql(End, { id, endDate: '2024-07-05', reason: 'Mutation à Albi' });
    expect(ended.data?.endPublicationDirector).toEqual({ id, endDate: '2024-07-05', endReason: 'Mutation à Albi' });
    expect((await admin.gql(End, { id, endDate: '2024-08-31', reason: 'Encore' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await admin.gql(SchoolDirectors, { uai: LESCURE_ELEMENTAIRE.uai })).data?.school?.publicationDirector).toBeNull();
    expect((await admin.gql(Assign, { input: director(LESCURE_ELEMENTAIRE.uai, '2024-07-05') })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await admin.gql(Assign, { input: director(LESCURE_ELEMENTAIRE.uai, '2024-07-06') })).errors).toBeUndefined();
    expect((await admin.gql(End, { id: '999999', endDate: '2024-07-05', reason: 'x' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('records when the charter was acknowledged, once, never in the future', async () => {
    const { data } = await admin.gql(Assign, { input: director(schools[2]!, '2024-09-02') });
    const id = data!.assignPublicationDirector.id;
    expect((await admin.gql(Acknowledge, { id, on: '2024-10-16' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    expect((await admin.gql(Acknowledge, { id, on: '2024-09-03' })).data?.acknowledgeCharter).toEqual({ id, charterAcknowledgedOn: '2024-09-03' });
    expect((await admin.gql(Acknowledge, { id, on: '2024-09-03' })).errors).toBeUndefined();
    expect((await admin.gql(Acknowledge, { id, on: '2024-09-04' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('audits every change, the automatic ending included', async () => {
    const uai = schools[3]!;
    const first = await admin.gql(Assign, { input: director(uai, '2022-09-01') });
    await admin.gql(Assign, { input: director(uai, '2024-09-02', { firstName: 'Sophie', lastName: 'Leroy' }) });
    const em = server.em();
    const entries = await rows<{ operation: string; changes: string }>(em, sqlBuilder(em).selectFrom('audit_entry').select(['operation', 'changes'])
      .where('target_type', '=', 'PublicationDirectorAssignment').where('target_id', '=', first.data!.assignPublicationDirector.id).orderBy('id'));
    expect(entries.map((entry) => [entry.operation, JSON.parse(entry.changes)])).toEqual([
      ['assignPublicationDirector', expect.objectContaining({ schoolUai: [null, uai], startDate: [null, '2022-09-01'], email: [null, 'claire.durand@ac-montpellier.fr'] })],
      ['assignPublicationDirector', { endDate: [null, '2024-09-01'], endReason: [null, 'Remplacée par Mme Sophie Leroy à compter du 2024-09-02'] }],
    ]);
  });

  it('reads a school with its commune and département, circonscription and director of the day in one statement (and the session check)', async () => {
    const uai = schools[20]!;
    await admin.gql(Assign, { input: director(uai, '2023-09-01', { firstName: 'Ancienne', email: 'ancienne@ac-montpellier.fr' }) });
    await admin.gql(Assign, { input: director(uai, '2024-09-02', { firstName: 'Sophie', email: 'sophie@ac-montpellier.fr' }) });
    await admin.gql(Assign, { input: director(uai, '2025-01-06', { firstName: 'Future', email: 'future@ac-montpellier.fr' }) });
    const page = await admin.gql(SchoolPage, { uai });
    expect(page.data?.school?.publicationDirector).toMatchObject({ firstName: 'Sophie', startDate: '2024-09-02', endDate: '2025-01-05' });
    expect(page.data?.school?.commune.department).toEqual({ code: '34', name: 'Hérault' });
    expect(page.statements).toBe(2);
    const uncovered = await admin.gql(SchoolPage, { uai: schools[21]! });
    expect(uncovered.data?.school?.publicationDirector).toBeNull();
  });

  it('reads the directors of a page of 100 schools in one more statement', async () => {
    const assigned = schools.slice(10, 15);
    for (const uai of assigned) await admin.gql(Assign, { input: director(uai, '2024-09-02', { email: `direction.${uai}@ac-montpellier.fr`.toLowerCase() }) });
    const page = await admin.gql(SchoolsWithDirectors, { circonscriptionId });
    expect(page.data?.schools.nodes).toHaveLength(100);
    const nodes = page.data!.schools.nodes.filter((school) => assigned.includes(school.uai));
    expect(nodes.map((school) => [school.publicationDirector?.email, school.publicationDirectorHistory])).toEqual(
      assigned.map((uai) => [`direction.${uai}@ac-montpellier.fr`.toLowerCase(), [{ startDate: '2024-09-02' }]]));
    // Session check, page, count, and one statement for every school's history.
    expect(page.statements).toBeLessThanOrEqual(4);
  });
});
