import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { CompiledStatements } from './compiled-statements.js';

describe.each(drivers)('statements compiled once per shape (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server?.close());

  it('builds a shape once and binds each call’s values; another shape is built apart', async () => {
    const communes = new CompiledStatements<{ code: string }>();
    let builds = 0;
    const byCode = (shape: string, code: string, extra = false) => communes.rows<{ name: string }>(server.em(), shape, { code }, (db, slot) => {
      builds++;
      const query = db.selectFrom('commune').select('name').where('insee_code', '=', slot.code);
      return extra ? query.where('population', '>', 100_000) : query;
    });
    expect(await byCode('plain', '34172')).toEqual([{ name: 'Montpellier' }]);
    expect(await byCode('plain', '31555')).toEqual([{ name: 'Toulouse' }]);
    expect(await byCode('plain', '34032')).toEqual([{ name: 'Béziers' }]);
    expect(builds).toBe(1);
    expect(await byCode('large only', '34032', true)).toEqual([]); // Béziers: about 80,000 inhabitants
    expect(await byCode('large only', '34172', true)).toEqual([{ name: 'Montpellier' }]);
    expect(builds).toBe(2);
  });
});
