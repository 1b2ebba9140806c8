import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { seedSourceSchools } from '../schools/school.scenarios.js';
import { graphql } from '../test-support/generated/index.js';
import { drivers, type Driver } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { importDeps, schoolFixtureCsv } from './directory-import.scenarios.js';
import { processPendingImport } from './import-runner.js';

const Start = graphql(`
  mutation StartDirectoryImport($fileId: ID!, $kind: ImportKind!, $dryRun: Boolean!, $options: DirectoryImportOptions) {
    startDirectoryImport(fileId: $fileId, kind: $kind, dryRun: $dryRun, options: $options) { id status phase kind fileName departments }
  }
`);
const Apply = graphql(`mutation ApplyDirectoryImport($id: ID!) { applyDirectoryImport(id: $id) { id status phase } }`);
const Report = graphql(`
  query DirectoryImportReport($id: ID!, $outcomes: [ImportOutcome!]) {
    directoryImport(id: $id) {
      id status phase error rejectedRowsUrl
      progress { rowsDone totalRows percent batchesCommitted lastCommittedLine }
      counts { create update close unchanged rejected absent ignored }
      ignoredReasons { reason count }
      items(outcomes: $outcomes, limit: 3) { totalCount nodes { line targetType targetId label outcome reason changes { field before after } } }
    }
  }
`);
const Imports = graphql(`query DirectoryImports { directoryImports(filter: { kind: SCHOOLS }) { totalCount nodes { id status requester { id displayName } } } }`);

/** A server with the source documents' schools, each test file part on its own copy. */
function withServer(driver: Driver) {
  const context = {} as { server: TestServer; upload(client: SignedInClient, body: string): Promise<string>; work(): Promise<number> };
  beforeAll(async () => {
    const server = await startTestServer(driver);
    await seedSourceSchools(server.em());
    context.server = server;
    context.upload = async (client, body) => {
      const response = await fetch(`${server.url}/files?purpose=directory-import&name=annuaire.csv`, {
        method: 'POST', body, headers: { cookie: client.cookieHeader(), 'content-type': 'application/octet-stream', 'x-ent-upload': '1' },
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    // What the `directory-import` job does on its timer.
    context.work = () => processPendingImport(importDeps(server), new Date());
  });
  afterAll(() => context.server?.close());
  return context;
}

describe.each(drivers)('directory import over GraphQL and HTTP (%s)', (driver) => {
  const context = withServer(driver);

  it('uploads, dry-runs in the background, reports, serves the rejected rows, applies', async () => {
    const { server, upload, work } = context;
    const admin = await server.signIn();
    const fileId = await upload(admin, schoolFixtureCsv());
    const started = await admin.gql(Start, { fileId, kind: 'SCHOOLS', dryRun: true });
    expect(started.errors).toBeUndefined();
    expect(started.data?.startDirectoryImport).toMatchObject({ status: 'PENDING', phase: 'ANALYSIS', fileName: 'annuaire.csv', departments: expect.arrayContaining(['34', '81', '09']) });
    const id = started.data!.startDirectoryImport.id;

    expect(await work()).toBe(1);
    expect(await work()).toBe(0);
    const dry = (await admin.gql(Report, { id, outcomes: ['REJECTED'] })).data!.directoryImport!;
    expect(dry).toMatchObject({
      status: 'ANALYSED', error: null, rejectedRowsUrl: `/directory-imports/${id}/rejected.csv`,
      progress: { rowsDone: 18, totalRows: 18, percent: 100, lastCommittedLine: 19 },
      counts: { create: 5, update: 1, close: 1, unchanged: 0, rejected: 7, absent: 2, ignored: 4 },
      items: { totalCount: 7, nodes: [{ line: 6, outcome: 'REJECTED', reason: expect.stringContaining('lettre de contrôle') }, { line: 7 }, { line: 8 }] },
    });
    expect(dry.ignoredReasons).toHaveLength(4);

    const csv = await fetch(`${server.url}${dry.rejectedRowsUrl}`, { headers: { cookie: admin.cookieHeader() } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: spreadsheets open it as UTF-8
    const lines = bytes.subarray(3).toString('utf8').split('\n').filter(Boolean);
    expect(lines[0]).toBe('etat;identifiant_de_l_etablissement;type_etablissement;nom_etablissement;statut_public_prive;code_commune;nom_commune;code_departement;adresse_1;code_postal;ecole_maternelle;ecole_elementaire;telephone;mail;latitude;Ligne;Motif du rejet');
    expect(lines).toHaveLength(8);
    expect(lines[2]).toMatch(/^OUVERT;0341003\w;Ecole;École primaire publique Voltaire;Public;34999;Nulle-Part;034;;;1;1;;;;7;Commune inconnue : 34999.$/);

    const applied = await admin.gql(Apply, { id });
    expect(applied.data?.applyDirectoryImport).toMatchObject({ status: 'PENDING', phase: 'APPLY' });
    expect((await admin.gql(Apply, { id })).errors?.[0]?.extensions.code).toBe('CONFLICT'); // already queued
    await work();
    const done = (await admin.gql(Report, { id, outcomes: ['UPDATE'] })).data!.directoryImport!;
    expect(done).toMatchObject({ status: 'APPLIED', counts: { create: 5, update: 1, close: 1 } });
    expect(done.items.nodes[0]).toMatchObject({ line: 2, targetId: '0340711N', changes: expect.arrayContaining([{ field: 'postalCode', before: 'null', after: '"34270"' }]) });
    expect((await admin.gql(Apply, { id })).errors?.[0]?.extensions.code).toBe('CONFLICT'); // already applied
    expect((await admin.gql(Imports)).data?.directoryImports.nodes).toContainEqual({ id, status: 'APPLIED', requester: { id: String(admin.userId), displayName: `Test ${admin.email}` } });
  });

});

describe.each(drivers)('directory imports of the academic team (%s)', (driver) => {
  const context = withServer(driver);

  it('keeps the academic team to its perimeter: its départements only, its own runs only', async () => {
    const { server, upload, work } = context;
    const tarn = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.DEPARTMENT, scopeCode: '81' }]);
    const fileId = await upload(tarn, schoolFixtureCsv());
    const started = await tarn.gql(Start, { fileId, kind: 'SCHOOLS', dryRun: false, options: { closeAbsent: false } });
    expect(started.data?.startDirectoryImport.departments).toEqual(['81']);
    const id = started.data!.startDirectoryImport.id;
    await work();
    const run = (await tarn.gql(Report, { id })).data!.directoryImport!;
    // Albi's new school, two rows rejected before their département is known, Lescure's two schools absent.
    expect(run.counts).toMatchObject({ create: 1, unchanged: 0, rejected: 2, absent: 2 });
    expect(run.ignoredReasons).toContainEqual({ reason: 'Département hors du périmètre de l’import', count: 13 });

    const herault = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.DEPARTMENT, scopeCode: '34' }]);
    expect((await herault.gql(Report, { id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await herault.gql(Apply, { id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${server.url}/directory-imports/${id}/rejected.csv`, { headers: { cookie: herault.cookieHeader() } })).status).toBe(404);
    expect((await herault.gql(Imports)).data?.directoryImports.totalCount).toBe(0);
    expect((await herault.gql(Start, { fileId, kind: 'SCHOOLS', dryRun: true })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileId' });

    const district = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: '1' }]);
    const ownFile = await upload(district, schoolFixtureCsv());
    expect((await district.gql(Start, { fileId: ownFile, kind: 'SCHOOLS', dryRun: true })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${server.url}/directory-imports/${id}/rejected.csv`)).status).toBe(401);
  });
});
