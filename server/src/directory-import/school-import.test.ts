import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, rows, sqlBuilder } from '../common/sql.js';
import { todayInParis } from '../common/dates.js';
import { createLogger } from '../logger.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { AGNES_GELLY, LES_FONTANILLES, seedSourceSchools } from '../schools/school.scenarios.js';
import { LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE } from '../demo/source-documents.js';
import { uaiOf } from '../schools/uai.rules.js';
import { directoryImportCommands } from './directory-import.commands.js';
import { ImportKind } from './directory-import.enums.js';
import {
  generatedDirectory, importCsv, MERGED_COMMUNE, reportOf, SCHOOL_FIXTURE, schoolFixtureCsv, schoolRows, type SchoolRow,
} from './directory-import.scenarios.js';
import { loadRun } from './import-run.store.js';
import { IGNORED } from './school-row.rules.js';

const LESCURE_SCHOOLS = [LESCURE_MATERNELLE.uai, LESCURE_ELEMENTAIRE.uai].sort();
const expectedLines = (outcome: string) => SCHOOL_FIXTURE.filter((f) => f.expected === outcome).map((f) => f.line);

describe.each(drivers)('national directory import (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
    const em = server.em();
    await execute(em, sqlBuilder(em).updateTable('commune').set({ active: false, merged_into_insee_code: '34172' }).where('insee_code', '=', MERGED_COMMUNE));
  });
  afterAll(() => server?.close());

  it('reports every kind of row in a dry run, and writes nothing but the report', async () => {
    const before = await schoolRows(server);
    const run = await importCsv(server, ImportKind.SCHOOLS, schoolFixtureCsv(), { dryRun: true });
    expect(run).toMatchObject({ status: 'ANALYSED', phase: 'ANALYSIS', totalRows: 18, error: null, counts: { CREATE: 4, UPDATE: 1, CLOSE: 1, UNCHANGED: 0, REJECTED: 8, ABSENT: 2, IGNORED: 4 } });
    expect(run.ignoredReasons).toEqual({ [IGNORED.outOfScope]: 1, [IGNORED.private]: 1, [IGNORED.notASchool]: 1, [IGNORED.closedUnknown]: 1 });
    const report = await reportOf(server, run.id);
    for (const outcome of ['CREATE', 'UPDATE', 'CLOSE', 'REJECTED']) {
      expect(report.filter((r) => r.outcome === outcome).map((r) => r.line), outcome).toEqual(expectedLines(outcome));
    }
    expect(report.filter((r) => r.outcome === 'ABSENT').map((r) => [r.line, r.targetId])).toEqual(LESCURE_SCHOOLS.map((uai) => [null, uai]));
    const reasons = Object.fromEntries(report.filter((r) => r.outcome === 'REJECTED').map((r) => [r.line, r.reason]));
    expect(reasons).toMatchObject({
      6: expect.stringContaining('lettre de contrôle'), 7: 'Commune inconnue : 34999.', 8: 'Champ manquant : Nom_etablissement.',
      9: expect.stringContaining('n’est pas dans le département 034'), 13: `UAI ${uaiOf(341001)} en double : déjà ligne 4.`,
      17: expect.stringContaining('a fusionné dans 34172'), 18: expect.stringContaining('EN SOMMEIL'), 19: expect.stringContaining('secretariat at ecole.fr'),
    });
    expect(JSON.parse(report.find((r) => r.line === 2)!.changes!)).toEqual({
      address: [null, '5 rue des Écoles'], postalCode: [null, '34270'], email: [null, 'ce.0340711n@ac-montpellier.fr'], phone: [null, '04 67 55 20 18'],
    });
    expect(await schoolRows(server)).toEqual(before);
  });

  it('refuses a file without the required columns, separated by commas or broken, naming what is wrong', async () => {
    const missing = await importCsv(server, ImportKind.SCHOOLS, 'Identifiant_de_l_etablissement;Nom_etablissement\n0340711N;École\n');
    expect(missing).toMatchObject({ status: 'FAILED', error: 'Colonnes manquantes : Type_etablissement, Statut_public_prive, Code_commune.' });
    const commas = await importCsv(server, ImportKind.SCHOOLS, 'Identifiant_de_l_etablissement,Nom_etablissement\n0340711N,École\n');
    expect(commas).toMatchObject({ status: 'FAILED', error: expect.stringContaining('Séparateur') });
    const unclosedQuote = await importCsv(server, ImportKind.SCHOOLS, `${schoolFixtureCsv().split('\r\n')[0]}\n"OUVERT;0340711N;Ecole\n`);
    expect(unclosedQuote).toMatchObject({ status: 'FAILED', error: expect.stringContaining('Fichier CSV illisible') });
  });

  it('applies in batches keeping the school rules, then changes nothing when the same file comes again', async () => {
    const before = new Map((await schoolRows(server)).map((s) => [s.uai, s]));
    const run = await importCsv(server, ImportKind.SCHOOLS, schoolFixtureCsv());
    expect(run).toMatchObject({ status: 'APPLIED', phase: 'APPLY', batchesCommitted: 6, counts: { CREATE: 4, UPDATE: 1, CLOSE: 1, REJECTED: 8, ABSENT: 2, IGNORED: 4 } });
    const after = new Map((await schoolRows(server)).map((s) => [s.uai, s]));
    expect(after.get(AGNES_GELLY)).toMatchObject({ email: 'ce.0340711n@ac-montpellier.fr', version: before.get(AGNES_GELLY)!.version + 1, circonscriptionId: before.get(AGNES_GELLY)!.circonscriptionId });
    expect(after.get(LES_FONTANILLES)).toMatchObject({ status: 'CLOSED', closedOn: todayInParis(new Date()), version: 2 });
    expect(after.get(uaiOf(341001))).toMatchObject({ kind: 'PRIMAIRE', departmentCode: '34', searchName: 'ecole primaire publique jules ferry', version: 1, circonscriptionId: null });
    expect(after.get(uaiOf(91001))).toMatchObject({ communeInseeCode: '09122', departmentCode: '09', kind: 'ELEMENTAIRE' });
    expect(after.get(uaiOf(301001))).toMatchObject({ kind: 'MATERNELLE', status: 'OPEN' });
    for (const uai of LESCURE_SCHOOLS) expect(after.get(uai)?.status).toBe('OPEN'); // absent: reported, not closed
    const createdUais = new Set<string>(SCHOOL_FIXTURE.filter((f) => f.expected === 'CREATE').map((f) => f.row[1]));
    for (const { line, expected, row } of SCHOOL_FIXTURE) {
      if (expected === 'REJECTED' || expected === 'IGNORED') expect(after.has(row[1]), `line ${line}`).toBe(before.has(row[1]) || createdUais.has(row[1]));
    }

    const em = server.em();
    const audit = await rows<{ changes: string }>(em, sqlBuilder(em).selectFrom('audit_entry').select('changes')
      .where('operation', '=', 'applyDirectoryImport').where('target_id', '=', String(run.id)).orderBy('id'));
    expect(audit.map((a) => JSON.parse(a.changes))).toEqual([ // batches 1 (lines 2–5) and 4 (14–17) changed something
      { batch: [null, 1], untilLine: [null, 5], created: [null, 2], updated: [null, 1], closed: [null, 1] },
      { batch: [null, 4], untilLine: [null, 17], created: [null, 2], updated: [null, 0], closed: [null, 0] },
    ]);

    const again = await importCsv(server, ImportKind.SCHOOLS, schoolFixtureCsv());
    expect(again.counts).toEqual({ CREATE: 0, UPDATE: 0, CLOSE: 0, UNCHANGED: 6, REJECTED: 8, ABSENT: 2, IGNORED: 4 });
    expect(await schoolRows(server)).toEqual([...after.values()]);
  });

});

describe.each(drivers)('closing the schools a file no longer lists (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  it('closes the open schools of a covered département that the file no longer lists, when asked', async () => {
    const albiOnly = schoolFixtureCsv().split('\r\n').filter((line, i) => i === 0 || line.includes('81004')).join('\r\n');
    const run = await importCsv(server, ImportKind.SCHOOLS, albiOnly, { closeAbsent: true });
    expect(run.counts).toMatchObject({ CREATE: 1, CLOSE: 2 });
    const report = await reportOf(server, run.id);
    expect(report.filter((r) => r.outcome === 'CLOSE').map((r) => [r.targetId, r.reason])).toEqual(LESCURE_SCHOOLS.map((uai) => [uai, expect.stringContaining('Absente')]));
    const schools = await schoolRows(server);
    for (const uai of LESCURE_SCHOOLS) expect(schools.find((s) => s.uai === uai)).toMatchObject({ status: 'CLOSED', closedOn: todayInParis(new Date()) });
    expect(schools.find((s) => s.uai === AGNES_GELLY)?.status).toBe('OPEN'); // the 34 is not covered by this file
  });
});

describe.each(drivers)('an interrupted import (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server?.close());

  it('leaves the base as after batch 2 when batch 3 fails, then resumes after it with no row done twice', async () => {
    const csv = await generatedDirectory(60, 7);
    const failAtBatch3 = async (_tx: unknown, batch: number) => {
      if (batch === 3) throw new Error('panne simulée');
    };
    const failed = await importCsv(server, ImportKind.SCHOOLS, csv, { batchSize: 10, deps: { beforeCommit: failAtBatch3 } });
    expect(failed).toMatchObject({ status: 'FAILED', batchesCommitted: 2, lastCommittedLine: 21, error: expect.stringContaining('après la ligne 21 (lot 3 annulé)') });
    const partial = await reportOf(server, failed.id);
    expect(Math.max(...partial.map((r) => r.line ?? 0))).toBeLessThanOrEqual(21);
    const createdBefore = partial.filter((r) => r.outcome === 'CREATE').map((r) => r.targetId).sort();
    expect((await schoolRows(server)).map((s: SchoolRow) => s.uai)).toEqual(createdBefore);

    const out: string[] = [];
    const resume = directoryImportCommands.find((c) => c.name === 'import:resume')!;
    const code = await resume.run({ orm: server.orm, config: server.config, logger: createLogger('silent'), args: [String(failed.id)], options: {}, out: (line) => out.push(line) });
    expect(code, out.join('\n')).toBe(0);
    const resumed = (await loadRun(server.em(), failed.id))!;
    expect(resumed).toMatchObject({ status: 'APPLIED', totalRows: 60, lastCommittedLine: 61, error: null });
    const report = await reportOf(server, failed.id);
    expect(new Set(report.map((r) => r.line)).size).toBe(report.length); // every line once
    const created = report.filter((r) => r.outcome === 'CREATE').map((r) => r.targetId).sort();
    expect((await schoolRows(server)).map((s) => s.uai)).toEqual(created);
    expect(resumed.counts.CREATE + resumed.counts.IGNORED).toBe(60);

    const check = await importCsv(server, ImportKind.SCHOOLS, csv, { dryRun: true, batchSize: 10 });
    expect(check.counts).toMatchObject({ CREATE: 0, UPDATE: 0, UNCHANGED: resumed.counts.CREATE });
  });
});
