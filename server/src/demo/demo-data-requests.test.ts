import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { DPO, fixedClock } from '../data-requests/data-request.scenarios.js';
import { loadDemoDataRequests } from './demo-data-requests.js';

const DemoRequests = graphql(`
  query DemoRequests { dataSubjectRequests(limit: 50) { totalCount nodes { status overdue extended answeredLate identityCheck daysLeft processing { code } } } }
`);

describe.each(drivers)('demo data-subject requests (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: fixedClock });
  });
  afterAll(() => server?.close());

  it('loads once a request in every state around today, linked to the ENT-École processing', async () => {
    await loadDemoDataRequests(server.orm, fixedClock());
    await loadDemoDataRequests(server.orm, fixedClock());
    const dpo = await server.signIn(DPO);
    const { data } = await dpo.gql(DemoRequests);
    const nodes = data!.dataSubjectRequests.nodes;
    expect(data?.dataSubjectRequests.totalCount).toBe(6);
    expect(nodes.filter((n) => n.overdue)).toHaveLength(1);
    expect(nodes.filter((n) => n.extended)).toHaveLength(1);
    expect(nodes.filter((n) => n.answeredLate)).toHaveLength(1);
    expect(nodes.filter((n) => n.status === 'CLOSED')).toHaveLength(1);
    expect(nodes.filter((n) => n.identityCheck === 'REQUESTED')).toHaveLength(1);
    expect(nodes.some((n) => n.daysLeft !== null && n.daysLeft >= 0 && n.daysLeft <= 7)).toBe(true);
    expect(nodes.every((n) => n.processing?.code === 'ENT-ECOLE')).toBe(true);
  });
});
