import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { AnswerRequest, DPO, ExtendRequest, fixedClock, registerRequest } from './data-request.scenarios.js';

const ListQuery = graphql(`
  query DataSubjectRequests($filter: DataSubjectRequestFilter, $orderBy: [DataSubjectRequestOrder!], $offset: Int!, $limit: Int!) {
    dataSubjectRequests(filter: $filter, orderBy: $orderBy, offset: $offset, limit: $limit) {
      totalCount
      nodes { id reference dueOn daysLeft overdue status rights applicant { lastName } processing { name } }
    }
  }
`);
const CountQuery = graphql(`query DataSubjectRequestCount($filter: DataSubjectRequestFilter) { dataSubjectRequests(filter: $filter) { totalCount } }`);
const OneQuery = graphql(`query DataSubjectRequestContent($id: ID!) { dataSubjectRequest(id: $id) { id content applicant { firstName lastName } } }`);
const Trail = graphql(`
  query RequestTrail($targetId: String!) {
    auditEntries(filter: { targetType: "DataSubjectRequest", targetId: $targetId }, limit: 50) { nodes { operation actorEmail changes { field before after } } }
  }
`);
const DashboardQuery = graphql(`
  query DpoDashboard { dataSubjectRequestDashboard { today open buckets { bucket count } dueThisMonth { reference dueOn daysLeft } } }
`);
const ReportQuery = graphql(`
  query DpoReport($year: Int!) {
    dataSubjectRequestReport(year: $year) { year received answered medianAnswerDays onTimePercent openOverdue perRight { right count } perMonth { month received answeredOnTime answeredLate } }
  }
`);

describe.each(drivers)('reading data-subject requests (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  const ids = {} as Record<'overdue' | 'soon' | 'later' | 'extended' | 'answered', string>;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: fixedClock });
    dpo = await server.signIn(DPO);
    // Today is 2024-03-20 (fixedClock).
    ids.overdue = (await registerRequest(dpo, { receivedOn: '2024-02-01', rights: ['ERASURE'], applicant: { firstName: 'Jeanne', lastName: 'Dupont' } })).id; // due 2024-03-01
    ids.soon = (await registerRequest(dpo, { receivedOn: '2024-02-23', rights: ['ACCESS', 'OBJECTION'] })).id; // due 2024-03-25
    ids.later = (await registerRequest(dpo, { receivedOn: '2024-03-15', rights: ['ACCESS'] })).id; // due 2024-04-15
    ids.extended = (await registerRequest(dpo, { receivedOn: '2024-02-20', rights: ['RECTIFICATION'] })).id; // due 2024-03-20, then 2024-05-21
    await dpo.gql(ExtendRequest, { id: ids.extended, input: { notifiedOn: '2024-03-01', reason: 'Complexité' } });
    ids.answered = (await registerRequest(dpo, { receivedOn: '2024-01-10', rights: ['ACCESS'] })).id; // due 2024-02-12, answered in 20 days
    await dpo.gql(AnswerRequest, { id: ids.answered, input: { answeredOn: '2024-01-30', channel: 'EMAIL', outcome: 'GRANTED' } });
  });
  afterAll(() => server?.close());

  it('lists by days left, overdue first, and filters by status, right, overdue, due date and name', async () => {
    const all = await dpo.gql(ListQuery, { offset: 0, limit: 50 });
    expect(all.data?.dataSubjectRequests.nodes.map((n) => [n.id, n.daysLeft, n.overdue])).toEqual([
      [ids.answered, null, false], [ids.overdue, -19, true], [ids.soon, 5, false], [ids.later, 26, false], [ids.extended, 62, false],
    ]);
    const count = async (filter: object) => (await dpo.gql(CountQuery, { filter })).data?.dataSubjectRequests.totalCount;
    expect(await count({ overdue: true })).toBe(1);
    expect(await count({ overdue: false })).toBe(4);
    expect(await count({ right: 'ACCESS' })).toBe(3);
    expect(await count({ right: 'OBJECTION' })).toBe(1);
    expect(await count({ status: 'ANSWERED' })).toBe(1);
    expect(await count({ open: true })).toBe(4);
    expect(await count({ dueBefore: '2024-03-25' })).toBe(2);
    expect(await count({ q: 'dupont' })).toBe(1);
    expect(await count({ q: 'DPO-2024-000' })).toBe(5);
  });

  it('reads a page with its processing in 3 statements: session, page with its count, and the audit entries', async () => {
    const page = await dpo.gql(ListQuery, { offset: 0, limit: 50 });
    expect(page.data?.dataSubjectRequests.nodes.every((n) => n.processing?.name)).toBe(true);
    expect(page.statements).toBe(3);
    expect((await dpo.gql(OneQuery, { id: ids.soon })).statements).toBe(3); // session, request, audit entry
    const countOnly = await dpo.gql(CountQuery, {});
    expect(countOnly.statements).toBe(2); // no request shown: nothing to audit
  });

  it('audits every read, one entry per request shown, naming fields and never copying personal data', async () => {
    await dpo.gql(OneQuery, { id: ids.overdue });
    await dpo.gql(ListQuery, { filter: { right: 'ERASURE' }, offset: 0, limit: 10 });
    const trail = (await dpo.gql(Trail, { targetId: ids.overdue })).data!.auditEntries.nodes;
    const reads = trail.filter((entry) => entry.operation === 'read:dataSubjectRequest');
    expect(reads.length).toBeGreaterThanOrEqual(3); // the list reads above and the single read
    expect(reads.every((entry) => entry.actorEmail === dpo.email)).toBe(true);
    expect(reads.find((entry) => entry.changes[0]?.after === JSON.stringify(['applicant', 'content', 'id']))).toBeTruthy();
    const everything = JSON.stringify(trail);
    expect(everything).not.toMatch(/Dupont|Jeanne|copie des données/);
    expect(trail.find((entry) => entry.operation === 'createDataSubjectRequest')?.changes).toContainEqual({ field: 'applicant', before: expect.any(String), after: expect.stringMatching(/non journalisée/) });
  });

  it('gives the DPO home its counts by days left and this month’s due list', async () => {
    const { data } = await dpo.gql(DashboardQuery);
    expect(data?.dataSubjectRequestDashboard).toMatchObject({
      today: '2024-03-20', open: 4,
      buckets: [{ bucket: 'OVERDUE', count: 1 }, { bucket: 'WITHIN_7_DAYS', count: 1 }, { bucket: 'WITHIN_30_DAYS', count: 1 }, { bucket: 'LATER', count: 1 }],
    });
    expect(data?.dataSubjectRequestDashboard.dueThisMonth.map((r) => [r.dueOn, r.daysLeft])).toEqual([['2024-03-01', -19], ['2024-03-25', 5]]);
  });

  it('reports a year: counts per right, median answer time, share on time, overdue', async () => {
    const { data } = await dpo.gql(ReportQuery, { year: 2024 });
    expect(data?.dataSubjectRequestReport).toMatchObject({ year: 2024, received: 5, answered: 1, medianAnswerDays: 20, onTimePercent: 100, openOverdue: 1 });
    expect(data?.dataSubjectRequestReport.perRight.find((r) => r.right === 'ACCESS')?.count).toBe(3);
    expect(data?.dataSubjectRequestReport.perMonth[1]).toEqual({ month: 2, received: 3, answeredOnTime: 0, answeredLate: 0 });
    expect((await dpo.gql(ReportQuery, { year: 1999 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('numbers concurrent creations one after the other, without gap or duplicate', async () => {
    const created = await Promise.all(Array.from({ length: 6 }, () => registerRequest(dpo, { receivedOn: '2024-03-19' })));
    const numbers = created.map((r) => Number(r.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual([6, 7, 8, 9, 10, 11]);
    const em = server.em();
    const [counter] = await rows<{ lastNumber: number }>(em, sqlBuilder(em).selectFrom('data_subject_request_counter').select('last_number as lastNumber').where('year', '=', 2024));
    expect(Number(counter!.lastNumber)).toBe(11);
  });
});
