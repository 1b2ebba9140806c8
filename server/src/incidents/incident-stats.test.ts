import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role } from '../auth/auth.enums.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { seedSourceSchools } from '../schools/school.scenarios.js';
import { ChangeIncidentStatus, ReportIncident, report } from './incident.scenarios.js';

const Trends = graphql(`
  query Trends($weeks: Int) {
    incidentTrends(weeks: $weeks) { weeks { weekOf count byCategory { category count } } resolution { category resolvedCount medianMinutes } }
  }
`);

describe.each(drivers)('incident charts (%s)', (driver) => {
  let server: TestServer;
  let now = new Date();
  const at = (iso: string): Promise<SignedInClient> => {
    now = new Date(iso);
    return server.signIn([{ role: Role.SUPPORT }]);
  };
  /** Reports at `reportedAt` and, when asked, resolves after some business minutes (same day, 09:00 Paris onwards). */
  const incident = async (reportedAt: string, category: 'MESSAGING' | 'DOCUMENTS', resolvedAt?: string) => {
    const id = (await (await at(reportedAt)).gql(ReportIncident, { input: report({ category }) })).data!.reportIncident.id;
    if (resolvedAt) await (await at(resolvedAt)).gql(ChangeIncidentStatus, { id, status: 'RESOLVED' });
  };

  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => now });
    await seedSourceSchools(server.em());
    await incident('2024-05-21T07:00:00Z', 'MESSAGING', '2024-05-21T08:00:00Z'); // the week before the window
    await incident('2024-05-28T07:00:00Z', 'MESSAGING', '2024-05-28T08:00:00Z'); // 60 business minutes
    await incident('2024-05-28T07:00:00Z', 'MESSAGING', '2024-05-28T10:00:00Z'); // 180
    await incident('2024-06-05T07:00:00Z', 'DOCUMENTS');
    await incident('2024-06-12T07:00:00Z', 'MESSAGING');
  });
  afterAll(() => server?.close());

  it.runIf(driver === 'postgresql')('scans incidents without parallel workers: many agents count at once (decision 0013)', async () => {
    const [table] = await rows<{ options: string[] | null }>(server.em(), sqlBuilder(server.em()).selectFrom('pg_class').select('reloptions as options').where('relname', '=', 'incident'));
    expect(table?.options).toContain('parallel_workers=0');
  });

  it('counts reports per week (Monday to Sunday) and category, and takes the median resolution time', async () => {
    const support = await at('2024-06-12T08:00:00Z'); // Wednesday
    const { data, errors } = await support.gql(Trends, { weeks: 3 });
    expect(errors).toBeUndefined();
    const trends = data!.incidentTrends;
    expect(trends.weeks.map((w) => [w.weekOf, w.count])).toEqual([['2024-05-27', 2], ['2024-06-03', 1], ['2024-06-10', 1]]);
    expect(trends.weeks[0]!.byCategory.find((c) => c.category === 'MESSAGING')?.count).toBe(2);
    expect(trends.weeks[1]!.byCategory.find((c) => c.category === 'DOCUMENTS')?.count).toBe(1);
    expect(trends.resolution.find((r) => r.category === 'MESSAGING')).toEqual({ category: 'MESSAGING', resolvedCount: 2, medianMinutes: 120 });
    expect(trends.resolution.find((r) => r.category === 'DOCUMENTS')).toEqual({ category: 'DOCUMENTS', resolvedCount: 0, medianMinutes: null });
    expect((await support.gql(Trends, { weeks: 0 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weeks' });
  });
});
