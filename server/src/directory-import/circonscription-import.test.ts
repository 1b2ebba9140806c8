import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE } from '../demo/source-documents.js';
import { AGNES_GELLY, LES_FONTANILLES, seedManySchools, seedSourceSchools, type SchoolScenario } from '../schools/school.scenarios.js';
import { uaiOf } from '../schools/uai.rules.js';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { ImportKind } from './directory-import.enums.js';
import { importCsv, reportOf, schoolRows } from './directory-import.scenarios.js';

const SchoolsOfCirconscription = graphql(`
  query SchoolsOfCirconscription { schools(limit: 50) { nodes { uai circonscription { code name ienName } } } }
`);

describe.each(drivers)('circonscription import (%s)', (driver) => {
  let server: TestServer;
  let scenario: SchoolScenario;
  let others: string[];
  let csv: string;
  beforeAll(async () => {
    server = await startTestServer(driver);
    scenario = await seedSourceSchools(server.em());
    others = await seedManySchools(server.em(), 3, scenario.picSaintLoup);
    // As a DSDEN spreadsheet writes it. Batches of 3 rows: definitions are checked across batches.
    csv = [
      'UAI;Code circonscription;Nom circonscription;IEN',
      `${AGNES_GELLY};034MTP;Montpellier Centre;Mme Inès Garcia`, //        2 creates 034MTP, moves the school
      `${LES_FONTANILLES};034MTP;;`, //                                       3 moves the school
      `${LESCURE_MATERNELLE.uai};T-81-ALB;Albi Nord;M. Paul Roux`, //       4 new IEN for Albi Nord; school already there
      `${LESCURE_ELEMENTAIRE.uai};T-81-ALB;Albi Nord;M. Jean Roux`, //      5 contradicts line 4
      `${others[0]};034MTP;Montpellier Nord;`, //                            6 contradicts line 2 (previous batch)
      `${others[1]};T-81-ALB;;`, //                                          7 circonscription of the 81, school of the 34
      `${uaiOf(349999)};034MTP;;`, //                                        8 unknown school
      `${AGNES_GELLY};T-34-PSL;;`, //                                        9 duplicate UAI
      `${others[2]};NEW-34;;`, //                                           10 no name to create it
      '0340711A;034MTP;;', //                                               11 bad check letter
    ].join('\n');
  });
  afterAll(() => server?.close());

  it('reports, then creates circonscriptions in the school’s département and assigns the schools', async () => {
    const dry = await importCsv(server, ImportKind.CIRCONSCRIPTIONS, csv, { dryRun: true, batchSize: 3 });
    const expected = { CREATE: 1, UPDATE: 3, UNCHANGED: 1, REJECTED: 7, CLOSE: 0, ABSENT: 0, IGNORED: 0 };
    expect(dry).toMatchObject({ status: 'ANALYSED', counts: expected });
    const report = await reportOf(server, dry.id);
    expect(report.filter((r) => r.outcome === 'REJECTED').map((r) => [r.line, r.reason])).toEqual([
      [5, expect.stringContaining('IEN « M. Jean Roux » différent')],
      [6, expect.stringContaining('Nom « Montpellier Nord » différent')],
      [7, 'La circonscription T-81-ALB est dans le département 81, l’école dans le 34.'],
      [8, expect.stringContaining('École inconnue')],
      [9, expect.stringContaining('en double : déjà ligne 2')],
      [10, expect.stringContaining('il faut un nom pour la créer')],
      [11, expect.stringContaining('lettre de contrôle')],
    ]);
    expect(report.filter((r) => r.targetType === 'Circonscription').map((r) => [r.line, r.targetId, r.outcome, JSON.parse(r.changes ?? 'null')])).toEqual([
      [2, '034MTP', 'CREATE', { name: [null, 'Montpellier Centre'], ienName: [null, 'Mme Inès Garcia'], departmentCode: [null, '34'] }],
      [4, 'T-81-ALB', 'UPDATE', { ienName: ['IEN de test', 'M. Paul Roux'] }],
    ]);

    const versions = new Map((await schoolRows(server)).map((s) => [s.uai, s.version]));
    const applied = await importCsv(server, ImportKind.CIRCONSCRIPTIONS, csv, { batchSize: 3 });
    expect(applied).toMatchObject({ status: 'APPLIED', counts: expected });
    const em = server.em();
    const circonscriptions = await rows<{ id: number; code: string; name: string; ienName: string | null; departmentCode: string }>(em, sqlBuilder(em).selectFrom('circonscription')
      .select(['id', 'code', 'name', 'ien_name as ienName', 'department_code as departmentCode']).where('code', 'in', ['034MTP', 'T-81-ALB']).orderBy('code'));
    expect(circonscriptions).toMatchObject([
      { code: '034MTP', name: 'Montpellier Centre', ienName: 'Mme Inès Garcia', departmentCode: '34' },
      { code: 'T-81-ALB', name: 'Albi Nord', ienName: 'M. Paul Roux', departmentCode: '81' },
    ]);
    const schools = new Map((await schoolRows(server)).map((s) => [s.uai, s]));
    for (const uai of [AGNES_GELLY, LES_FONTANILLES]) {
      expect(schools.get(uai)).toMatchObject({ circonscriptionId: Number(circonscriptions[0]!.id), version: versions.get(uai)! + 1 });
    }
    expect(schools.get(LESCURE_MATERNELLE.uai)?.version).toBe(versions.get(LESCURE_MATERNELLE.uai));

    const again = await importCsv(server, ImportKind.CIRCONSCRIPTIONS, csv, { batchSize: 3 });
    expect(again.counts).toMatchObject({ CREATE: 0, UPDATE: 0, UNCHANGED: 5, REJECTED: 7 });

    // The ERUN of the new circonscription now sees its schools.
    const erun = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(circonscriptions[0]!.id) }]);
    const { data } = await erun.gql(SchoolsOfCirconscription);
    expect(data?.schools.nodes.map((s) => s.uai).sort()).toEqual([AGNES_GELLY, LES_FONTANILLES].sort());
    expect(data?.schools.nodes[0]?.circonscription).toEqual({ code: '034MTP', name: 'Montpellier Centre', ienName: 'Mme Inès Garcia' });
  });
});
