import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder, toInt } from '../common/sql.js';
import { createLogger } from '../logger.js';
import { ensureDemoAccounts } from './demo-accounts.js';
import { loadDemoData } from './demo-data.js';
import { loadDemoIncidents } from './demo-incidents.js';

const logger = createLogger('silent');

describe.each(drivers)('demo incidents (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    const config = { ...server.config, env: 'development' as const };
    await loadDemoData(server.orm, config, logger);
    await ensureDemoAccounts(server.orm, config);
    await loadDemoIncidents(server.orm, config, logger);
    await loadDemoIncidents(server.orm, config, logger);
  });
  afterAll(() => server?.close());

  it('plays a few dozen incidents in every status, once, with late, waiting and major ones', async () => {
    const em = server.em();
    const db = sqlBuilder(em);
    const byStatus = await rows<{ status: string; count: unknown }>(em, db.selectFrom('incident').select((eb) => ['status', eb.fn.countAll().as('count')]).groupBy('status'));
    const count = (status: string) => toInt(byStatus.find((row) => row.status === status)?.count ?? 0);
    for (const status of ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED']) expect({ status, some: count(status) > 0 }).toEqual({ status, some: true });
    const total = byStatus.reduce((sum, row) => sum + toInt(row.count), 0);
    expect(total).toBeGreaterThanOrEqual(25);
    const now = new Date();
    const late = await rows(em, db.selectFrom('incident').select('id').where('status', 'in', ['NEW', 'ASSIGNED', 'IN_PROGRESS']).where('resolve_due_at', '<', now));
    expect(late.length).toBeGreaterThan(0);
    const children = await rows(em, db.selectFrom('incident').select('id').where('parent_id', 'is not', null));
    expect(children).toHaveLength(4);
    const alerted = await rows(em, db.selectFrom('incident').select('id').where('dpo_alerted_at', 'is not', null));
    expect(alerted).toHaveLength(1);
  });
});
