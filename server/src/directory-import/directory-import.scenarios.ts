import { PassThrough, Readable } from 'node:stream';
import type { TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder, toIsoDate } from '../common/sql.js';
import { createLogger } from '../logger.js';
import { uaiOf } from '../schools/uai.rules.js';
import { loadDirectoryReference, writeDirectory } from './directory-generator.js';
import { startLocalImport } from './directory-import.service.js';
import type { ImportKind } from './directory-import.enums.js';
import { runClaimedImport, type ImportDeps } from './import-runner.js';
import type { ImportRunView } from './import-run.views.js';

/** A commune the school fixture finds merged (the test marks it so) into Montpellier. */
export const MERGED_COMMUNE = '34001';

const wrongLetter = (uai: string) => `${uai.slice(0, 7)}${uai[7] === 'A' ? 'B' : 'A'}`;

/**
 * An extract of the national directory with every kind of row an import meets, written as real exports
 * are: BOM, CRLF, lower-case header names in another order (the API export), an unknown column.
 * `expected` is what each line leads to, against the source documents' schools (school.scenarios).
 */
export const SCHOOL_FIXTURE = [
  { line: 2, expected: 'UPDATE', note: 'Agnès Gelly, département 034, new address and contacts', row: ['OUVERT', '0340711N', 'Ecole', 'École élémentaire publique Agnès Gelly', 'Public', '34276', 'Saint-Mathieu-de-Tréviers', '034', '5 rue des Écoles', '34270', '0', '1', '04 67 55 20 18', 'ce.0340711n@ac-montpellier.fr', '43.76'] },
  { line: 3, expected: 'CLOSE', note: 'Les Fontanilles marked closed, département 34', row: ['FERME', '0340990S', 'Ecole', 'École maternelle publique Les Fontanilles', 'Public', '34276', 'Saint-Mathieu-de-Tréviers', '34', '', '', '1', '0', '', '', ''] },
  { line: 4, expected: 'CREATE', note: 'new primaire in Montpellier', row: ['OUVERT', uaiOf(341001), 'Ecole', 'École primaire publique Jules Ferry', 'Public', '34172', 'Montpellier', '034', '2 place de la Mairie', '34000', '1', '1', '', '', ''] },
  { line: 5, expected: 'CREATE', note: 'new élémentaire in Albi (covers the 81)', row: ['OUVERT', uaiOf(811001), 'Ecole', 'École élémentaire publique Jean Jaurès', 'Public', '81004', 'Albi', '081', '', '81000', '0', '1', '', '', ''] },
  { line: 6, expected: 'REJECTED', note: 'bad UAI check letter', row: ['OUVERT', wrongLetter(uaiOf(341002)), 'Ecole', 'École élémentaire publique Condorcet', 'Public', '34172', 'Montpellier', '034', '', '', '0', '1', '', '', ''] },
  { line: 7, expected: 'REJECTED', note: 'unknown commune', row: ['OUVERT', uaiOf(341003), 'Ecole', 'École primaire publique Voltaire', 'Public', '34999', 'Nulle-Part', '034', '', '', '1', '1', '', '', ''] },
  { line: 8, expected: 'REJECTED', note: 'missing name', row: ['OUVERT', uaiOf(341004), 'Ecole', '', 'Public', '34172', 'Montpellier', '034', '', '', '1', '1', '', '', ''] },
  { line: 9, expected: 'REJECTED', note: 'wrong département (Lescure is in the 81)', row: ['OUVERT', uaiOf(341005), 'Ecole', 'École primaire publique Montaigne', 'Public', '81144', 'Lescure-d’Albigeois', '034', '', '', '1', '1', '', '', ''] },
  { line: 10, expected: 'IGNORED', note: 'département not served (Paris)', row: ['OUVERT', uaiOf(751001), 'Ecole', 'École élémentaire publique Paris Centre', 'Public', '75056', 'Paris', '075', '', '', '0', '1', '', '', ''] },
  { line: 11, expected: 'IGNORED', note: 'private school', row: ['OUVERT', uaiOf(341006), 'Ecole', 'École primaire privée Saint-Joseph', 'Privé', '34172', 'Montpellier', '034', '', '', '1', '1', '', '', ''] },
  { line: 12, expected: 'IGNORED', note: 'not a school', row: ['OUVERT', uaiOf(341007), 'Collège', 'Collège Clémence Royer', 'Public', '34172', 'Montpellier', '034', '', '', '', '', '', '', ''] },
  { line: 13, expected: 'REJECTED', note: 'duplicate UAI of line 4', row: ['OUVERT', uaiOf(341001), 'Ecole', 'École primaire publique Jules Ferry bis', 'Public', '34172', 'Montpellier', '034', '', '', '1', '1', '', '', ''] },
  { line: 14, expected: 'IGNORED', note: 'closed school unknown to the base', row: ['FERME', uaiOf(341008), 'Ecole', 'École maternelle publique Les Oliviers', 'Public', '34172', 'Montpellier', '034', '', '', '1', '0', '', '', ''] },
  { line: 15, expected: 'CREATE', note: 'Foix written 9122 in département 9 (leading zeros lost)', row: ['OUVERT', uaiOf(91001), 'Ecole', 'École élémentaire publique Lucie Aubrac', 'Public', '9122', 'Foix', '9', '', '9000', '0', '1', '', '', ''] },
  { line: 16, expected: 'CREATE', note: 'kind only in the name', row: ['A FERMER', uaiOf(301001), 'Ecole', 'ECOLE MATERNELLE PUBLIQUE LES LILAS', 'Public', '30189', 'Nîmes', '030', '', '', '', '', '', '', ''] },
  { line: 17, expected: 'REJECTED', note: 'merged commune', row: ['OUVERT', uaiOf(341009), 'Ecole', 'École primaire publique Abeilhan', 'Public', MERGED_COMMUNE, 'Abeilhan', '034', '', '', '1', '1', '', '', ''] },
  { line: 18, expected: 'REJECTED', note: 'unknown state', row: ['EN SOMMEIL', uaiOf(341010), 'Ecole', 'École primaire publique Pasteur', 'Public', '34172', 'Montpellier', '034', '', '', '1', '1', '', '', ''] },
  { line: 19, expected: 'REJECTED', note: 'invalid e-mail', row: ['OUVERT', uaiOf(341011), 'Ecole', 'École primaire publique Marie Curie', 'Public', '34172', 'Montpellier', '034', '', '', '1', '1', '', 'secretariat at ecole.fr', ''] },
] as const;

const FIXTURE_HEADER = [
  'etat', 'identifiant_de_l_etablissement', 'type_etablissement', 'nom_etablissement', 'statut_public_prive', 'code_commune', 'nom_commune',
  'code_departement', 'adresse_1', 'code_postal', 'ecole_maternelle', 'ecole_elementaire', 'telephone', 'mail', 'latitude',
];

export function schoolFixtureCsv(): string {
  return `\uFEFF${[FIXTURE_HEADER, ...SCHOOL_FIXTURE.map((f) => f.row)].map((row) => row.join(';')).join('\r\n')}\r\n`;
}

/** A generated directory as text (for tests that need many valid rows). */
export async function generatedDirectory(schools: number, seed: number): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeDirectory(sink, await loadDirectoryReference(false), { schools, seed });
  return Buffer.concat(chunks).toString('utf8');
}

export const importDeps = (server: TestServer, extra: Partial<ImportDeps> = {}): ImportDeps => ({
  orm: server.orm, filesDir: server.config.filesDir, logger: createLogger('silent'), clock: () => new Date(), ...extra,
});

/** Imports a CSV as the command line does (stored file, run claimed by this process), batch size 4 by default. */
export async function importCsv(
  server: TestServer, kind: ImportKind, csv: string,
  options: { dryRun?: boolean; closeAbsent?: boolean; batchSize?: number; deps?: Partial<ImportDeps> } = {},
): Promise<ImportRunView> {
  const id = await startLocalImport(server.em(), server.config.filesDir, {
    stream: Readable.from([Buffer.from(csv)]), name: 'annuaire.csv', kind, dryRun: options.dryRun ?? false,
    allDepartments: false, closeAbsent: options.closeAbsent ?? false, batchSize: options.batchSize ?? 4,
  }, new Date());
  return runClaimedImport(importDeps(server, options.deps), id);
}

export interface ReportLine {
  line: number | null;
  targetType: string;
  targetId: string | null;
  outcome: string;
  changes: string | null;
  reason: string | null;
}

export async function reportOf(server: TestServer, runId: number): Promise<ReportLine[]> {
  const em = server.em();
  return rows<ReportLine>(em, sqlBuilder(em).selectFrom('import_run_item')
    .select(['line', 'target_type as targetType', 'target_id as targetId', 'outcome', 'changes', 'reason']).where('run_id', '=', runId).orderBy('id'));
}

export interface SchoolRow {
  uai: string;
  name: string;
  searchName: string;
  kind: string;
  status: string;
  closedOn: string | null;
  departmentCode: string;
  communeInseeCode: string;
  circonscriptionId: number | null;
  email: string | null;
  directorName: string | null;
  directorEmail: string | null;
  version: number;
}

export async function schoolRows(server: TestServer): Promise<SchoolRow[]> {
  const em = server.em();
  const found = await rows<SchoolRow>(em, sqlBuilder(em).selectFrom('school').select([
    'uai', 'name', 'search_name as searchName', 'kind', 'status', 'closed_on as closedOn', 'department_code as departmentCode', 'commune_insee_code as communeInseeCode',
    'circonscription_id as circonscriptionId', 'email', 'director_name as directorName', 'director_email as directorEmail', 'version',
  ]).orderBy('uai'));
  return found.map((s) => ({ ...s, closedOn: toIsoDate(s.closedOn), version: Number(s.version) }));
}
