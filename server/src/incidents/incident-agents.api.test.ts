import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';

const Agents = graphql(`query IncidentAgents { incidentAgents { id displayName } }`);

describe.each(drivers)('incident agents (%s)', (driver) => {
  let server: TestServer;
  let support: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    support = await server.signIn([{ role: Role.SUPPORT }], 'b-support@test.invalid');
  });
  afterAll(() => server?.close());

  it('lists, by name, the active accounts an incident may be given to: support agents and administrators', async () => {
    const admin = await server.signIn([{ role: Role.ADMIN }], 'a-admin@test.invalid');
    // Two grants of the role give one line.
    const twoScopes = await server.signIn([{ role: Role.SUPPORT }, { role: Role.SUPPORT, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '11' }], 'c-support@test.invalid');
    const gone = await server.signIn([{ role: Role.SUPPORT }], 'd-gone@test.invalid');
    const em = server.em();
    await rows(em, sqlBuilder(em).updateTable('app_user').set({ active: false }).where('id', '=', gone.userId));
    await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.DEPARTMENT, scopeCode: '34' }], 'e-erun@test.invalid');

    const { data, errors } = await support.gql(Agents, {});
    expect(errors).toBeUndefined();
    expect(data?.incidentAgents).toEqual([admin, support, twoScopes].map((agent) => ({ id: String(agent.userId), displayName: `Test ${agent.email}` })));
  });

  it('is the support team’s: a reader of incidents is refused', async () => {
    const dpo = await server.signIn([{ role: Role.DPO }]);
    expect((await dpo.gql(Agents, {})).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
