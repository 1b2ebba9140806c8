import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE } from '../demo/source-documents.js';
import { AGNES_GELLY, LES_FONTANILLES, seedSourceSchools } from '../schools/school.scenarios.js';
import { uaiOf } from '../schools/uai.rules.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import type { DirectorChange, DirectorChangeListener } from './director-change.hooks.js';
import { ImportKind } from './directory-import.enums.js';
import { importCsv, reportOf, schoolRows } from './directory-import.scenarios.js';

describe.each(drivers)('director import (%s)', (driver) => {
  let server: TestServer;
  const heard: DirectorChange[] = [];
  const listener: DirectorChangeListener = async (_tx, _actor, change) => {
    heard.push(change);
  };
  const csv = (rows: string[]) => ['Numéro UAI;Civilité;Prénom;Nom;Mél', ...rows].join('\n');
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  it('updates directors, tells the listeners in the batch, and only when applying', async () => {
    const file = csv([
      `${AGNES_GELLY};Mme;Claire;DURAND;Claire.Durand@ac-montpellier.fr`,
      `${LES_FONTANILLES};M.;Paul;ROUX;`,
      `${LESCURE_MATERNELLE.uai};;;;directrice@ac-toulouse.fr`,
      `${uaiOf(349999)};Mme;Anne;BLANC;`,
      `${AGNES_GELLY};Mme;Claire;DURAND;`,
    ]);
    const dry = await importCsv(server, ImportKind.DIRECTORS, file, { dryRun: true, deps: { listeners: [listener] } });
    expect(dry.counts).toMatchObject({ UPDATE: 2, REJECTED: 3 });
    expect(heard).toEqual([]);

    const applied = await importCsv(server, ImportKind.DIRECTORS, file, { deps: { listeners: [listener] } });
    expect(applied).toMatchObject({ status: 'APPLIED', counts: { UPDATE: 2, REJECTED: 3 } });
    expect((await reportOf(server, applied.id)).filter((r) => r.outcome === 'REJECTED').map((r) => r.reason)).toEqual([
      expect.stringContaining('nom du directeur'), `École inconnue : ${uaiOf(349999)}.`, expect.stringContaining('en double'),
    ]);
    expect(heard).toEqual([
      { uai: AGNES_GELLY, previous: null, next: { name: 'Claire DURAND', email: 'claire.durand@ac-montpellier.fr' } },
      { uai: LES_FONTANILLES, previous: null, next: { name: 'Paul ROUX', email: null } },
    ]);
    const schools = new Map((await schoolRows(server)).map((s) => [s.uai, s]));
    expect(schools.get(AGNES_GELLY)).toMatchObject({ directorName: 'Claire DURAND', directorEmail: 'claire.durand@ac-montpellier.fr', version: 2 });

    heard.length = 0;
    expect((await importCsv(server, ImportKind.DIRECTORS, file, { deps: { listeners: [listener] } })).counts).toMatchObject({ UPDATE: 0, UNCHANGED: 2 });
    expect(heard).toEqual([]);
  });

  it('rolls the batch back when a listener fails: the run fails, resumable, nothing half-applied', async () => {
    const before = await schoolRows(server);
    const failing: DirectorChangeListener = async () => {
      throw new Error('publication directors unavailable');
    };
    const file = csv([`${LESCURE_ELEMENTAIRE.uai};M.;Marc;LEROY;`]);
    const run = await importCsv(server, ImportKind.DIRECTORS, file, { deps: { listeners: [failing] } });
    expect(run).toMatchObject({ status: 'FAILED', batchesCommitted: 0, lastCommittedLine: 0 });
    expect(await schoolRows(server)).toEqual(before);
    const changes: DirectorChange[] = [];
    const resumed = await importCsv(server, ImportKind.DIRECTORS, file, { deps: { listeners: [async (_tx, _actor, change) => void changes.push(change)] } });
    expect(resumed.counts.UPDATE).toBe(1);
    expect(changes).toEqual([{ uai: LESCURE_ELEMENTAIRE.uai, previous: null, next: { name: 'Marc LEROY', email: null } }]);
  });
});
