import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { CreateConvention, conventionUpTo, seedCommuneSchools, seedConventionScenario } from './convention.scenarios.js';

/**
 * "A school is in at most one live convention per school year" holds in the database itself: requests
 * that race past the service's checks meet the partial unique indexes, and the loser writes nothing.
 */
describe.each(drivers)('one live convention per school and year, under concurrency (%s)', (driver) => {
  let server: TestServer;
  let team: TestClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedConventionScenario(server.em());
    team = await server.signIn();
  });
  afterAll(() => server?.close());

  const count = async (table: string, column: string, value: string) => {
    const em = server.em();
    return (await rows(em, sqlBuilder(em).selectFrom(table).select(column).where(column, '=', value))).length;
  };

  it('lets one of two concurrent createConvention for the same school win; the other gets CONFLICT and leaves nothing behind', async () => {
    const [uai] = await seedCommuneSchools(server.em(), '34145', '34', 344001); // Lunel
    const input = { communeInseeCode: '34145', schoolYear: '2022-2023', schoolUais: [uai!] };
    const results = await Promise.all([1, 2, 3].map(() => team.gql(CreateConvention, { input })));
    expect(results.filter((r) => r.data?.createConvention).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions.code === 'CONFLICT').length).toBe(2);
    expect(await count('convention', 'commune_insee_code', '34145')).toBe(1);
    expect(await count('convention_school', 'school_uai', uai!)).toBe(1);
  });

  it('refuses in the database a second live enrolment of a school for the year, and accepts it once the first is withdrawn', async () => {
    const [uai] = await seedCommuneSchools(server.em(), '34301', '34', 344002); // Sète
    const id = Number(await conventionUpTo(team, { communeInseeCode: '34301', schoolYear: '2022-2023', schoolUais: [uai!] }, 'DRAFT'));
    const em = server.em();
    const db = sqlBuilder(em);
    const enrol = () => rows(em, db.insertInto('convention_school').values({ convention_id: id, school_uai: uai!, school_year: '2022-2023' }));
    await expect(enrol()).rejects.toThrow(/unique/i);
    await rows(em, db.updateTable('convention_school').set({ withdrawn_on: '2022-12-01' }).where('school_uai', '=', uai!));
    await expect(enrol()).resolves.toBeDefined();
    await expect(rows(em, db.insertInto('convention_school').values({ convention_id: id, school_uai: uai!, school_year: '2023-2024' }))).resolves.toBeDefined();
  });

  it('refuses in the database a second live convention of a commune for the year', async () => {
    const em = server.em();
    const db = sqlBuilder(em);
    const now = new Date();
    const convention = (cancelledOn: string | null) => rows(em, db.insertInto('convention').values({
      school_year: '2021-2022', commune_insee_code: '34032', department_code: '34', search_name: 'beziers', status: cancelledOn ? 'CANCELLED' : 'DRAFT',
      unit_price_cents: 4500, amount_cents: 0, ends_on: '2022-10-31', cancelled_on: cancelledOn, version: 1, created_at: now, updated_at: now,
    }));
    await convention(null);
    await expect(convention(null)).rejects.toThrow(/unique/i);
    await expect(convention('2021-12-01')).resolves.toBeDefined();
  });
});
