import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sqlBuilder, toBool } from '../common/sql.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { AGNES_GELLY, LES_FONTANILLES, SAINT_MATHIEU, seedSourceSchools } from '../schools/school.scenarios.js';
import { readReferenceSource, type ReferenceSource } from './reference-data.js';
import { refreshReference } from './reference-refresh.js';

/**
 * A crafted next year of the reference: Saint-Mathieu-de-Tréviers merges into Les Matelles (34153) as a
 * commune nouvelle renamed "Les Matelles-Tréviers", and a new commune appears in the Tarn.
 */
function nextYear(source: ReferenceSource): ReferenceSource {
  const communes = source.communes.flatMap((c) => {
    if (c.code === SAINT_MATHIEU && c.type === 'commune-actuelle') return [{ code: SAINT_MATHIEU, nom: c.nom, type: 'commune-deleguee', departement: '34', chefLieu: '34153' }];
    if (c.code === '34153' && c.type === 'commune-actuelle') return [{ ...c, nom: 'Les Matelles-Tréviers', anciensCodes: [SAINT_MATHIEU] }];
    return [c];
  });
  return { ...source, communes: [...communes, { code: '81999', nom: 'Nouvelle-Commune-du-Tarn', type: 'commune-actuelle', departement: '81', population: 120 }] };
}

describe.each(drivers)('commune reference refresh (%s)', (driver) => {
  let server: TestServer;
  let source: ReferenceSource;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
    source = await readReferenceSource();
  });
  afterAll(() => server?.close());

  const commune = async (code: string) => {
    const em = server.em();
    const [row] = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('commune').select(['name', 'active', 'merged_into_insee_code as mergedInto']).where('insee_code', '=', code));
    return row && { name: row.name, active: toBool(row.active), mergedInto: row.mergedInto };
  };

  it('adds, renames and marks merged communes, listing their schools without moving them', async () => {
    // Nothing to do with the installed package, which the base was loaded from.
    expect(await refreshReference(server.orm, source, { national: false, dryRun: false, now: new Date() })).toEqual({ added: 0, updated: 0, renamed: [], merged: [] });
    const dry = await refreshReference(server.orm, nextYear(source), { national: false, dryRun: true, now: new Date() });
    expect(await commune(SAINT_MATHIEU)).toEqual({ name: 'Saint-Mathieu-de-Tréviers', active: true, mergedInto: null });
    const report = await refreshReference(server.orm, nextYear(source), { national: false, dryRun: false, now: new Date() });
    expect(report).toEqual(dry);
    expect(report).toMatchObject({
      added: 1, updated: 1, renamed: [{ inseeCode: '34153', from: 'Les Matelles', to: 'Les Matelles-Tréviers' }],
      merged: [{
        inseeCode: SAINT_MATHIEU, name: 'Saint-Mathieu-de-Tréviers', into: '34153',
        schools: [{ uai: AGNES_GELLY, name: expect.any(String), status: 'OPEN' }, { uai: LES_FONTANILLES, name: expect.any(String), status: 'OPEN' }],
      }],
    });
    expect(await commune(SAINT_MATHIEU)).toEqual({ name: 'Saint-Mathieu-de-Tréviers', active: false, mergedInto: '34153' });
    expect(await commune('34153')).toMatchObject({ name: 'Les Matelles-Tréviers', active: true });
    expect(await commune('81999')).toMatchObject({ name: 'Nouvelle-Commune-du-Tarn', active: true });
    const em = server.em();
    const schools = await rows<{ commune: string }>(em, sqlBuilder(em).selectFrom('school').select('commune_insee_code as commune').where('uai', 'in', [AGNES_GELLY, LES_FONTANILLES]));
    expect(schools.map((s) => s.commune)).toEqual([SAINT_MATHIEU, SAINT_MATHIEU]);
    expect(await refreshReference(server.orm, nextYear(source), { national: false, dryRun: false, now: new Date() })).toEqual({ added: 0, updated: 0, renamed: [], merged: [] });
  });
});
