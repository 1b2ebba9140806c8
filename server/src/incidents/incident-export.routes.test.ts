import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';
import { seedSourceSchools } from '../schools/school.scenarios.js';
import { incidentIn } from './incident.scenarios.js';

describe.each(drivers)('incident CSV export (%s)', (driver) => {
  let server: TestServer;
  let support: SignedInClient;
  let erun34: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    const { picSaintLoup } = await seedSourceSchools(server.em());
    support = await server.signIn([{ role: Role.SUPPORT }]);
    erun34 = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(picSaintLoup) }]);
    await incidentIn(support, 'NEW', { title: 'Messagerie; "indisponible"' });
    await incidentIn(support, 'RESOLVED');
    await incidentIn(support, 'NEW', { schoolUai: LESCURE_ELEMENTAIRE.uai });
  });
  afterAll(() => server?.close());

  const csv = (client: { cookieHeader(): string }, filter?: unknown) =>
    fetch(`${server.url}/exports/incidents.csv${filter === undefined ? '' : `?filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}`}`, { headers: { cookie: client.cookieHeader() } });
  const lines = async (response: Response) => (await response.text()).split('\r\n').filter(Boolean);

  it('exports the incidents a user may read, for a spreadsheet', async () => {
    const response = await csv(support);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = Buffer.from(await response.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = body.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(header).toMatch(/^Référence;Signalé le;Statut;Priorité;Catégorie;/);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatch(/^INC-\d{4}-\d{6};\d{4}-\d{2}-\d{2} \d{2}:\d{2};NEW;P3;MESSAGING;/);
    expect(records[0]).toContain(';"Messagerie; ""indisponible""";');
    expect(await lines(await csv(erun34))).toHaveLength(3); // header + the two Hérault incidents
  });

  it('filters like the incidents query, and refuses a bad filter with 400', async () => {
    expect(await lines(await csv(support, { status: ['RESOLVED'] }))).toHaveLength(2);
    expect(await lines(await csv(support, { departmentCode: '81', status: 'NEW' }))).toHaveLength(2);
    for (const bad of [{ status: ['OPEN'] }, { departmentCode: 'XX' }, { schoolUai: '0340711A' }, '{not json']) {
      const response = await csv(support, bad);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    }
  });

  it('needs a signed-in reader, and leaves an audit entry', async () => {
    expect((await csv(server.client())).status).toBe(401);
    expect((await csv(await server.signIn([]))).status).toBe(403);
    const em = server.em();
    const entries = await rows(em, sqlBuilder(em).selectFrom('audit_entry').select('id').where('operation', '=', 'exportIncidents').where('actor_user_id', '=', support.userId));
    expect(entries.length).toBeGreaterThan(0);
  });
});
