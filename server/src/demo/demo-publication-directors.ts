import type { EntityManager } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { Civility, PublicationDirectorFunction } from '../publication-directors/publication-director.enums.js';
import { AGNES_GELLY, LES_FONTANILLES, LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE, SAINT_MATHIEU } from './source-documents.js';

/** The directors the directory (ONDE) would give for the source documents' schools; made-up people. */
const SOURCE_DIRECTORY: Array<[string, string, string]> = [
  [AGNES_GELLY.uai, 'Mme Claire DURAND', 'claire.durand@demo.ent-ecole.test'],
  [LES_FONTANILLES.uai, 'M. Karim BENALI', 'karim.benali@demo.ent-ecole.test'],
  [LESCURE_MATERNELLE.uai, 'Mme Nadia ROUSSEL', 'nadia.roussel@demo.ent-ecole.test'],
  [LESCURE_ELEMENTAIRE.uai, 'M. Paul VIDAL', 'paul.vidal@demo.ent-ecole.test'],
];

interface DemoAssignment {
  scope: { school_uai: string } | { commune_insee_code: string };
  civility: Civility;
  first: string;
  last: string;
  fn: PublicationDirectorFunction;
  start: string;
  end?: [string, string];
  charter?: string;
}

const { MADAME, MONSIEUR } = Civility;
const { SCHOOL_DIRECTOR, INTERIM_DIRECTOR, CITY_REFERENT } = PublicationDirectorFunction;

/**
 * Saint-Mathieu-de-Tréviers is covered, with a history at Agnès Gelly, an interim at Les Fontanilles who is
 * not the directory's director (a mismatch), and a référent ville for the commune (34276). Lescure-
 * d'Albigeois is half covered: its maternelle and its commune space are left for the ERUN, as are the other
 * demo schools.
 */
const ASSIGNMENTS: DemoAssignment[] = [
  { scope: { school_uai: AGNES_GELLY.uai }, civility: MONSIEUR, first: 'Jean', last: 'MARTIN', fn: SCHOOL_DIRECTOR, start: '2018-09-01', end: ['2022-08-31', 'Départ à la retraite'], charter: '2018-09-10' },
  { scope: { school_uai: AGNES_GELLY.uai }, civility: MADAME, first: 'Claire', last: 'DURAND', fn: SCHOOL_DIRECTOR, start: '2022-09-01', charter: '2022-09-05' },
  { scope: { school_uai: LES_FONTANILLES.uai }, civility: MADAME, first: 'Sophie', last: 'LEROY', fn: INTERIM_DIRECTOR, start: '2024-01-08' },
  { scope: { commune_insee_code: SAINT_MATHIEU }, civility: MONSIEUR, first: 'Thomas', last: 'GIRAUD', fn: CITY_REFERENT, start: '2022-11-21', charter: '2022-11-21' },
  { scope: { school_uai: LESCURE_ELEMENTAIRE.uai }, civility: MONSIEUR, first: 'Paul', last: 'VIDAL', fn: SCHOOL_DIRECTOR, start: '2023-09-01', charter: '2023-09-04' },
];

/**
 * Directors of the made-up schools of Pic Saint-Loup (in UAI order), so that its ERUN's bulk assignment
 * has something to propose, to refuse (no e-mail) and to skip (unknown to the directory).
 */
const PIC_SAINT_LOUP_DIRECTORS: Array<[string, string | null] | null> = [
  ['Mme Camille BERNARD', 'camille.bernard@demo.ent-ecole.test'],
  ['M. Hugo PETIT', 'hugo.petit@demo.ent-ecole.test'],
  ['Mme Inès MARCHAND', null],
  null,
  ['Mme Chloé DUBOIS', 'chloe.dubois@demo.ent-ecole.test'],
  ['M. Lucas MOREAU', 'lucas.moreau@demo.ent-ecole.test'],
  ['M. Théo LAMBERT', 'theo.lambert@demo.ent-ecole.test'],
  null,
];

async function directoryDirectors(tx: EntityManager): Promise<Array<[string, string, string | null]>> {
  const madeUp = await rows<{ uai: string }>(tx, sqlBuilder(tx).selectFrom('school as s').innerJoin('circonscription as ci', 'ci.id', 's.circonscription_id')
    .select('s.uai').where('ci.code', '=', 'DEMO-34-PSL').where('s.uai', 'not in', SOURCE_DIRECTORY.map(([uai]) => uai)).orderBy('s.uai'));
  const made = madeUp.flatMap(({ uai }, i): Array<[string, string, string | null]> => {
    const director = PIC_SAINT_LOUP_DIRECTORS[i % PIC_SAINT_LOUP_DIRECTORS.length];
    return director ? [[uai, ...director]] : [];
  });
  return [...SOURCE_DIRECTORY, ...made];
}

const scopeKey = (scope: DemoAssignment['scope']) => ('school_uai' in scope ? `school:${scope.school_uai}` : `commune:${scope.commune_insee_code}`);

/** Adds directory directors where none is recorded and assignments to scopes that have none: reruns change nothing. */
export async function ensureDemoPublicationDirectors(tx: EntityManager, now: Date): Promise<void> {
  const db = sqlBuilder(tx);
  for (const [uai, name, email] of await directoryDirectors(tx)) {
    await rows(tx, db.updateTable('school').set({ director_name: name, director_email: email }).where('uai', '=', uai).where('director_name', 'is', null));
  }
  const taken = new Set((await rows<{ school: string | null; commune: string | null }>(tx, db.selectFrom('publication_director_assignment')
    .select(['school_uai as school', 'commune_insee_code as commune']).distinct())).map((row) => (row.school ? `school:${row.school}` : `commune:${row.commune}`)));
  const missing = ASSIGNMENTS.filter((a) => !taken.has(scopeKey(a.scope)));
  if (!missing.length) return;
  await rows(tx, db.insertInto('publication_director_assignment').values(missing.map((a) => ({
    ...a.scope, civility: a.civility, first_name: a.first, last_name: a.last, email: `${a.first}.${a.last}@demo.ent-ecole.test`.toLowerCase(),
    function: a.fn, start_date: a.start, end_date: a.end?.[0] ?? null, end_reason: a.end?.[1] ?? null, charter_acknowledged_on: a.charter ?? null,
    created_at: now, updated_at: now,
  }))));
}
