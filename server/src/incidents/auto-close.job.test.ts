import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role } from '../auth/auth.enums.js';
import { seedSourceSchools } from '../schools/school.scenarios.js';
import { closeResolvedIncidents } from './auto-close.job.js';
import { ChangeIncidentStatus, incidentIn, OneIncident } from './incident.scenarios.js';

describe.each(drivers)('closing resolved incidents after 7 calendar days (%s)', (driver) => {
  let server: TestServer;
  let now = new Date('2024-06-10T14:00:00Z'); // Monday 16:00
  let support: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => now });
    await seedSourceSchools(server.em());
    support = await server.signIn([{ role: Role.SUPPORT }]);
  });
  afterAll(() => server?.close());

  const state = async (id: string) => {
    const em = server.em();
    const [row] = await rows<{ status: string; version: number }>(em, sqlBuilder(em).selectFrom('incident').select(['status', 'version']).where('id', '=', Number(id)));
    return row!;
  };

  it('closes on the seventh day at Paris midnight, not before, and leaves reopened ones alone', async () => {
    const resolved = await incidentIn(support, 'RESOLVED');
    const reopened = await incidentIn(support, 'RESOLVED');
    expect((await support.gql(OneIncident, { id: resolved })).data?.incident?.autoCloseOn).toBe('2024-06-17');
    now = new Date('2024-06-10T14:10:00Z');
    await support.gql(ChangeIncidentStatus, { id: reopened, status: 'IN_PROGRESS', reason: 'Toujours en panne.' });
    const versionBefore = (await state(resolved)).version;

    expect(await closeResolvedIncidents(server.orm, new Date('2024-06-16T21:59:59Z'))).toBe(0); // Sunday 16, 23:59:59 in Paris
    expect(await closeResolvedIncidents(server.orm, new Date('2024-06-16T22:00:00Z'))).toBe(1); // Monday 17, 00:00
    expect(await state(resolved)).toEqual({ status: 'CLOSED', version: versionBefore + 1 });
    expect((await state(reopened)).status).toBe('IN_PROGRESS');
    expect(await closeResolvedIncidents(server.orm, new Date('2024-06-20T08:00:00Z'))).toBe(0);

    const em = server.em();
    const audit = await rows<{ operation: string; actorUserId: number | null; changes: string }>(em, sqlBuilder(em).selectFrom('audit_entry')
      .select(['operation', 'actor_user_id as actorUserId', 'changes']).where('target_type', '=', 'Incident').where('target_id', '=', resolved).orderBy('id', 'desc').limit(1));
    expect(audit[0]).toMatchObject({ operation: 'closeResolvedIncident', actorUserId: null });
    expect(JSON.parse(audit[0]!.changes)).toEqual({ status: ['RESOLVED', 'CLOSED'] });
  });

  it('is refused any further change once closed', async () => {
    now = new Date('2024-07-01T08:00:00Z');
    support = await server.signIn([{ role: Role.SUPPORT }]);
    const id = await incidentIn(support, 'RESOLVED');
    expect(await closeResolvedIncidents(server.orm, new Date('2024-07-08T08:00:00Z'))).toBe(1);
    now = new Date('2024-07-08T08:00:00Z');
    support = await server.signIn([{ role: Role.SUPPORT }]);
    const closed = (await support.gql(OneIncident, { id })).data!.incident!;
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: '2024-07-08T08:00:00.000Z', resolveBreached: false, autoCloseOn: null });
    expect((await support.gql(ChangeIncidentStatus, { id, status: 'IN_PROGRESS' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
