import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder, toIsoDate } from '../common/sql.js';
import { LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE } from '../demo/source-documents.js';
import { AGNES_GELLY, Assign, assignmentsOf, director, LES_FONTANILLES, seedSourceSchools } from './publication-director.scenarios.js';

const NOW = new Date('2024-10-15T10:00:00Z');

describe.each(drivers)('one publication director at a time (%s)', (driver) => {
  let server: TestServer;
  let first: SignedInClient;
  let second: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => NOW });
    [first, second] = [await server.signIn(), await server.signIn()];
    await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  const mailsTo = async (emails: string[]) => {
    const em = server.em();
    return rows(em, sqlBuilder(em).selectFrom('notification').select('to_email').where('to_email', 'in', emails));
  };

  /** Two ERUN press "assign" at the same moment for the same school. */
  async function race(uai: string, startDate: string) {
    const people = ['premiere', 'seconde'].map((name) => director(uai, startDate, { firstName: name, lastName: 'Course', email: `${name}.${uai}@ac-test.fr`.toLowerCase() }));
    const results = await Promise.all([first.gql(Assign, { input: people[0]! }), second.gql(Assign, { input: people[1]! })]);
    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    return { winners, losers, emails: people.map((person) => person.email) };
  }

  it('lets exactly one of two concurrent first assignments win; the other gets CONFLICT and leaves nothing', async () => {
    const { winners, losers, emails } = await race(AGNES_GELLY, '2024-09-02');
    expect(winners).toHaveLength(1);
    expect(losers.map((loser) => loser.errors?.[0]?.extensions.code)).toEqual(['CONFLICT']);
    const assignments = await assignmentsOf(server.em(), AGNES_GELLY);
    expect(assignments.map((a) => String(a.id))).toEqual([winners[0]!.data!.assignPublicationDirector.id]);
    expect(await mailsTo(emails)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent replacements win; the replaced director is ended once', async () => {
    expect((await first.gql(Assign, { input: director(LES_FONTANILLES, '2022-09-01') })).errors).toBeUndefined();
    const { winners, losers, emails } = await race(LES_FONTANILLES, '2024-09-02');
    expect([winners.length, losers[0]?.errors?.[0]?.extensions.code]).toEqual([1, 'CONFLICT']);
    const history = (await assignmentsOf(server.em(), LES_FONTANILLES)).map((a) => [toIsoDate(a.startDate), toIsoDate(a.endDate)]);
    expect(history).toEqual([['2022-09-01', '2024-09-01'], ['2024-09-02', null]]);
    expect(await mailsTo(emails)).toHaveLength(1);
  });

  /** Straight into the table, past the service: what the database alone accepts. */
  const insert = (scope: Record<string, string>, startDate: string, endDate: string | null) => {
    const em = server.em();
    return rows(em, sqlBuilder(em).insertInto('publication_director_assignment').values({
      ...scope, civility: 'MADAME', first_name: 'A', last_name: 'B', email: 'a@b.fr', function: 'OTHER', start_date: startDate, end_date: endDate, created_at: NOW, updated_at: NOW,
    }));
  };

  it('refuses a second open period in the database itself, and a row for two scopes or none', async () => {
    const school = { school_uai: LESCURE_ELEMENTAIRE.uai };
    await insert(school, '2020-09-01', null);
    await expect(insert(school, '2023-09-01', null)).rejects.toThrow(/unique/i);
    await expect(insert({ ...school, commune_insee_code: '81144' }, '2020-09-01', '2020-12-31')).rejects.toThrow(/check/i);
    await expect(insert({}, '2020-09-01', '2020-12-31')).rejects.toThrow(/check/i);
  });

  it.runIf(driver === 'postgresql')('refuses overlapping closed periods on PostgreSQL (exclusion constraint)', async () => {
    const school = { school_uai: LESCURE_MATERNELLE.uai };
    await insert(school, '2019-09-01', '2021-08-31');
    await expect(insert(school, '2021-08-31', '2022-08-31')).rejects.toThrow(/publication_director_no_overlap_school/);
    await insert(school, '2021-09-01', '2022-08-31');
  });
});
