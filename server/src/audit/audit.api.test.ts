import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { execute, rows, sqlBuilder } from '../common/sql.js';
import { AGNES_GELLY, seedSourceSchools } from '../schools/school.scenarios.js';
import { SEAL_GRACE_MS, sealAuditChain } from './audit-chain.js';

const Rename = graphql(`
  mutation AuditRename($uai: String!, $version: Int!, $name: String!) { updateSchool(uai: $uai, input: { version: $version, name: $name }) { version } }
`);
const History = graphql(`
  query History($targetType: String!, $targetId: String!) {
    auditEntries(filter: { targetType: $targetType, targetId: $targetId }, limit: 50) {
      totalCount
      nodes { id at operation actorEmail requestId targetType targetId hash changes { field before after } }
    }
  }
`);
const Chain = graphql(`query Chain { auditChain { intact checkedEntries firstBrokenEntryId unsealedEntries } }`);

describe.each(drivers)('audit trail (%s)', (driver) => {
  let server: TestServer;
  let admin: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
    admin = await server.signIn();
  });
  afterAll(() => server?.close());

  const later = () => new Date(Date.now() + SEAL_GRACE_MS + 1000);

  it('records each mutation with who, when, the request id and the fields before and after', async () => {
    const renamed = await admin.gql(Rename, { uai: AGNES_GELLY, version: 1, name: 'École Agnès Gelly' });
    const stale = await admin.gql(Rename, { uai: AGNES_GELLY, version: 1, name: 'Refusé' });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const history = await admin.gql(History, { targetType: 'School', targetId: AGNES_GELLY });
    expect(history.data?.auditEntries.totalCount).toBe(1); // the refused change wrote nothing
    expect(history.data?.auditEntries.nodes[0]).toMatchObject({
      operation: 'updateSchool', actorEmail: admin.email, requestId: renamed.headers.get('x-request-id'), targetType: 'School', targetId: AGNES_GELLY,
      changes: [{ field: 'name', before: '"École élémentaire publique Agnès Gelly"', after: '"École Agnès Gelly"' }],
    });
  });

  it('links the entries by hash and verifies the chain', async () => {
    expect(await sealAuditChain(server.orm, later())).toBeGreaterThan(0);
    expect(await sealAuditChain(server.orm, later())).toBe(0);
    const chain = await admin.gql(Chain);
    expect(chain.data?.auditChain).toMatchObject({ intact: true, firstBrokenEntryId: null, unsealedEntries: 0 });
    expect(chain.data?.auditChain.checkedEntries).toBeGreaterThanOrEqual(2); // the sign-in and the rename
  });

  it.runIf(driver === 'postgresql')('refuses to update or delete an entry (append-only triggers)', async () => {
    const em = server.em();
    await expect(execute(em, sqlBuilder(em).updateTable('audit_entry').set({ operation: 'forged' }))).rejects.toThrow(/append-only/);
    await expect(execute(em, sqlBuilder(em).deleteFrom('audit_entry'))).rejects.toThrow(/append-only/);
  });

  it('reports the first broken link when someone with database rights rewrites an entry', async () => {
    await admin.gql(Rename, { uai: AGNES_GELLY, version: 2, name: 'École Agnès-Gelly' });
    await sealAuditChain(server.orm, later());
    const em = server.em();
    const [target] = await rows<{ id: string | number }>(em, sqlBuilder(em).selectFrom('audit_entry').select('id').where('operation', '=', 'updateSchool').orderBy('id').limit(1));
    await withoutAppendOnlyGuard(server, async () => {
      await execute(em, sqlBuilder(em).updateTable('audit_entry').set({ changes: '{"name":["x","y"]}' }).where('id', '=', target!.id));
    });
    const chain = await admin.gql(Chain);
    expect(chain.data?.auditChain).toMatchObject({ intact: false, firstBrokenEntryId: String(target!.id) });
  });
});

/** What an attacker with the database owner's rights would do: switch the guard off (PostgreSQL has one). */
async function withoutAppendOnlyGuard(server: TestServer, work: () => Promise<void>): Promise<void> {
  const em = server.em();
  if (server.driver === 'sqlite') {
    await work();
  } else {
    await execute(em, sql`alter table audit_entry disable trigger audit_entry_append_only`);
    await work();
    await execute(em, sql`alter table audit_entry enable trigger audit_entry_append_only`);
  }
}
