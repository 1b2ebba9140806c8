import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';
import { AGNES_GELLY, Assign, cityReferent, director, LES_FONTANILLES, SAINT_MATHIEU, seedSourceSchools, type SchoolScenario } from './publication-director.scenarios.js';

describe.each(drivers)('export of the current publication directors (%s)', (driver) => {
  let server: TestServer;
  let scenario: SchoolScenario;
  let admin: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => new Date('2024-10-15T10:00:00Z') });
    scenario = await seedSourceSchools(server.em());
    admin = await server.signIn();
    await admin.gql(Assign, { input: director(AGNES_GELLY, '2022-09-01') });
    await admin.gql(Assign, { input: director(AGNES_GELLY, '2024-09-02', { firstName: '=HYPERLINK("x")', lastName: 'Leroy', email: 'sophie.leroy@ac-montpellier.fr', function: 'INTERIM_DIRECTOR' }) });
    await admin.gql(Assign, { input: director(LES_FONTANILLES, '2024-11-04') });
    await admin.gql(Assign, { input: cityReferent(SAINT_MATHIEU, '2022-11-21') });
    await admin.gql(Assign, { input: director(LESCURE_ELEMENTAIRE.uai, '2023-09-01', { civility: 'MONSIEUR', firstName: 'Paul', lastName: 'Vidal', email: 'paul.vidal@ac-toulouse.fr' }) });
  });
  afterAll(() => server?.close());

  const download = (client: { cookieHeader(): string }, query = '') =>
    fetch(`${server.url}/exports/publication-directors.csv${query}`, { headers: { cookie: client.cookieHeader() } });
  const table = async (response: Response) => parse(await response.text(), { delimiter: ';', bom: true }) as string[][];

  it('gives the directors in office today, schools then communes, ready for a French spreadsheet', async () => {
    const response = await download(admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="directeurs-de-publication-2024-10-15.csv"');
    const [header, ...lines] = await table(response);
    expect(header).toEqual(['Espace', 'UAI', 'École', 'Code INSEE', 'Commune', 'Circonscription', 'Civilité', 'Prénom', 'Nom', 'Courriel', 'Fonction', 'Justification', 'Depuis le', 'Charte acceptée le']);
    expect(lines).toEqual([
      ['École', LESCURE_ELEMENTAIRE.uai, LESCURE_ELEMENTAIRE.name, '81144', "Lescure-d'Albigeois", 'Albi Nord', 'Monsieur', 'Paul', 'Vidal', 'paul.vidal@ac-toulouse.fr', 'Directeur d’école', '', '2023-09-01', ''],
      // A name that a spreadsheet would run as a formula is defused.
      ['École', AGNES_GELLY, 'École élémentaire publique Agnès Gelly', SAINT_MATHIEU, 'Saint-Mathieu-de-Tréviers', 'Pic Saint-Loup', 'Madame', '\'=HYPERLINK("x")', 'Leroy', 'sophie.leroy@ac-montpellier.fr', 'Directeur par intérim', '', '2024-09-02', ''],
      ['Commune', '', '', SAINT_MATHIEU, 'Saint-Mathieu-de-Tréviers', '', 'Monsieur', 'Thomas', 'Giraud', 'referent.ville@saint-mathieu-de-treviers.fr', 'Référent ville', '', '2022-11-21', ''],
    ]);
  });

  it('keeps to the perimeter of the caller, or to one circonscription of it, and leaves a trace', async () => {
    const erun = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.picSaintLoup) }]);
    expect((await table(await download(erun))).slice(1).map((line) => line[3])).toEqual([SAINT_MATHIEU, SAINT_MATHIEU]);
    expect((await table(await download(erun, `?circonscriptionId=${scenario.albiNord}`))).slice(1)).toEqual([]);
    expect((await table(await download(admin, `?circonscriptionId=${scenario.albiNord}`))).slice(1).map((line) => line[1])).toEqual([LESCURE_ELEMENTAIRE.uai]);
    const em = server.em();
    const trace = await rows<{ actor: string }>(em, sqlBuilder(em).selectFrom('audit_entry').select('actor_email as actor').where('operation', '=', 'read:publicationDirectorsExport'));
    expect(trace.map((entry) => entry.actor)).toContain(erun.email);
  });

  it('refuses support (current directors are for routing incidents, not lists), strangers and bad filters', async () => {
    expect((await download(await server.signIn([{ role: Role.SUPPORT }]))).status).toBe(403);
    expect((await download(server.client())).status).toBe(401);
    expect((await download(admin, '?circonscriptionId=abc')).status).toBe(400);
  });
});
