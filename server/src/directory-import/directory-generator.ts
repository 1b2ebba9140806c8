import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { searchable } from '../common/text.js';
import { uaiOf } from '../schools/uai.rules.js';
import { ACADEMIES } from '../territory/academies.data.js';
import { academiesLoaded, readReferenceSource, type CommuneRecord } from '../territory/reference-data.js';
import { uaiPrefixOf } from './territory-codes.rules.js';

/** The columns of the national open-data export ("annuaire de l'éducation"), in its order and spelling. */
export const DIRECTORY_HEADER = [
  'Identifiant_de_l_etablissement', 'Nom_etablissement', 'Type_etablissement', 'Statut_public_prive', 'Adresse_1', 'Adresse_2', 'Adresse_3',
  'Code_postal', 'Code_commune', 'Nom_commune', 'Code_departement', 'Code_academie', 'Code_region', 'Ecole_maternelle', 'Ecole_elementaire',
  'Voie_generale', 'Voie_technologique', 'Voie_professionnelle', 'Telephone', 'Fax', 'Web', 'Mail', 'Restauration', 'Hebergement', 'ULIS',
  'Apprentissage', 'Segpa', 'Section_arts', 'Section_cinema', 'Section_theatre', 'Section_sport', 'Section_internationale', 'Section_europeenne',
  'Lycee_Agricole', 'Lycee_militaire', 'Lycee_des_metiers', 'Post_BAC', 'Appartenance_Education_Prioritaire', 'GRETA', 'SIREN_SIRET',
  'Nombre_d_eleves', 'Fiche_onisep', 'position', 'Type_contrat_prive', 'Libelle_departement', 'Libelle_academie', 'Libelle_region',
  'coordX_origine', 'coordY_origine', 'epsg_origine', 'nom_circonscription', 'latitude', 'longitude', 'precision_localisation',
  'date_ouverture', 'date_maj_ligne', 'etat', 'ministere_tutelle', 'multi_uai', 'rpi_concentre', 'rpi_disperse', 'code_nature',
  'libelle_nature', 'Code_type_contrat_prive', 'PIAL', 'etablissement_mere', 'type_rattachement_etablissement_mere', 'code_circonscription',
  'code_zone_animation_pedagogique', 'libelle_zone_animation_pedagogique', 'code_bassin_formation', 'libelle_bassin_formation',
] as const;

type Column = (typeof DIRECTORY_HEADER)[number];

/** What the generator draws from: current communes with their population, and the names around them. */
export interface DirectoryReference {
  communes: readonly CommuneRecord[];
  departmentNames: ReadonlyMap<string, string>;
  regionNames: ReadonlyMap<string, string>;
  departmentRegions: ReadonlyMap<string, string>;
}

/** The communes of the served académies, or of every académie (`national`), from the installed package. */
export async function loadDirectoryReference(national: boolean): Promise<DirectoryReference> {
  const { communes, departements, regions } = await readReferenceSource();
  const departments = new Set(academiesLoaded(national).flatMap((a) => a.departments));
  return {
    communes: communes.filter((c) => c.type === 'commune-actuelle' && departments.has(c.departement) && (c.population ?? 0) > 0),
    departmentNames: new Map(departements.map((d) => [d.code, d.nom])),
    departmentRegions: new Map(departements.map((d) => [d.code, d.region ?? ''])),
    regionNames: new Map(regions.map((r) => [r.code, r.nom])),
  };
}

/** mulberry32: a small seeded generator, so that `--seed 1` always writes the same file. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATRONS = [
  'Jean Jaurès', 'Jules Ferry', 'Marie Curie', 'Louise Michel', 'Victor Hugo', 'Jean Moulin', 'Simone Veil', 'Jacques Prévert', 'Paul Bert',
  'Pierre et Marie Curie', 'Jean de La Fontaine', 'Antoine de Saint-Exupéry', 'Marcel Pagnol', 'Jean Macé', 'Condorcet', 'Albert Camus',
  'Frédéric Mistral', 'Olympe de Gouges', 'Les Oliviers', 'Les Tilleuls', 'Les Platanes', 'Le Château', 'La Fontaine', 'Le Bourg',
  'Les Cigales', 'Les Pins', 'Le Moulin', 'Pasteur', 'George Sand', 'Germaine Tillion', 'Gisèle Halimi', 'Lucie Aubrac', 'Jean Zay',
  'Joséphine Baker', 'Léon Blum', 'Montaigne', 'Voltaire', 'Clémence Isaure', 'Pierre-Paul Riquet', 'Jean Giono',
];
const STREETS = ['rue', 'avenue', 'place', 'chemin', 'boulevard', 'allée', 'impasse'];
const STREET_NAMES = ['des Écoles', 'de la Mairie', 'de la République', 'Jean Jaurès', 'du Stade', 'de l’Église', 'du Moulin', 'des Écoliers', 'de la Poste', 'Victor Hugo'];
const KINDS = [
  { label: 'maternelle', maternelle: '1', elementaire: '0', nature: ['101', 'ECOLE MATERNELLE'], weight: 0.35 },
  { label: 'élémentaire', maternelle: '0', elementaire: '1', nature: ['151', 'ECOLE DE NIVEAU ELEMENTAIRE'], weight: 0.35 },
  { label: 'primaire', maternelle: '1', elementaire: '1', nature: ['151', 'ECOLE DE NIVEAU ELEMENTAIRE'], weight: 0.30 },
];
/** A UAI has four digits after its département prefix. */
const UAIS_PER_DEPARTMENT = 10_000;

export interface GeneratorOptions {
  schools: number;
  seed: number;
}

/**
 * Rows of a realistic directory: communes drawn by population, valid UAIs with their département's prefix,
 * a mix of kinds, ~5 % private schools, ~1 % closed and ~1 % closing. Deterministic for a seed.
 */
export function* directoryRows(reference: DirectoryReference, options: GeneratorOptions): Generator<string[]> {
  const random = seeded(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cumulative: number[] = [];
  let total = 0;
  for (const commune of reference.communes) cumulative.push((total += commune.population ?? 0));
  const departments = new Set(reference.communes.map((c) => c.departement));
  if (options.schools > departments.size * (UAIS_PER_DEPARTMENT - 1)) throw new RangeError(`At most ${departments.size * (UAIS_PER_DEPARTMENT - 1)} schools for these départements`);
  const issued = new Map<string, number>();
  const academyOf = new Map(ACADEMIES.flatMap((a) => a.departments.map((d) => [d, a] as const)));
  for (let i = 0; i < options.schools; i++) {
    let commune: CommuneRecord;
    do {
      const target = random() * total;
      let low = 0;
      for (let high = cumulative.length - 1; low < high;) {
        const middle = (low + high) >> 1;
        if (cumulative[middle]! > target) high = middle;
        else low = middle + 1;
      }
      commune = reference.communes[low]!;
    } while ((issued.get(commune.departement) ?? 0) >= UAIS_PER_DEPARTMENT - 1);
    const department = commune.departement;
    const sequence = issued.get(department) ?? 0;
    issued.set(department, sequence + 1);
    // Spread the numbers over the range (7919 is prime to 10,000, so they never repeat).
    const uai = uaiOf(Number(`${uaiPrefixOf(department)}${String((sequence * 7919 + 1357) % UAIS_PER_DEPARTMENT).padStart(4, '0')}`));
    yield schoolRow(uai, commune, academyOf.get(department)!, reference, random, pick);
  }
}

function schoolRow(
  uai: string, commune: CommuneRecord, academy: { code: string; name: string }, reference: DirectoryReference,
  random: () => number, pick: <T>(list: readonly T[]) => T,
): string[] {
  const roll = random();
  const kind = roll < KINDS[0]!.weight ? KINDS[0]! : roll < KINDS[0]!.weight + KINDS[1]!.weight ? KINDS[1]! : KINDS[2]!;
  const privateSchool = random() < 0.05;
  const state = random();
  const postalCode = commune.codesPostaux?.[0] ?? `${commune.code.slice(0, 2)}000`;
  const region = reference.departmentRegions.get(commune.departement) ?? '';
  const values: Partial<Record<Column, string>> = {
    Identifiant_de_l_etablissement: uai,
    Nom_etablissement: `École ${kind.label} ${privateSchool ? 'privée' : 'publique'} ${pick(PATRONS)}`,
    Type_etablissement: 'Ecole',
    Statut_public_prive: privateSchool ? 'Privé' : 'Public',
    Adresse_1: `${1 + Math.floor(random() * 80)} ${pick(STREETS)} ${pick(STREET_NAMES)}`,
    Adresse_3: `${postalCode} ${commune.nom.toUpperCase()}`,
    Code_postal: postalCode,
    Code_commune: commune.code,
    Nom_commune: commune.nom,
    Code_departement: commune.departement.padStart(3, '0'),
    Code_academie: academy.code,
    Code_region: region,
    Ecole_maternelle: kind.maternelle,
    Ecole_elementaire: kind.elementaire,
    Telephone: `0${academy.code === '16' ? 5 : 4} ${Array.from({ length: 4 }, () => String(Math.floor(random() * 100)).padStart(2, '0')).join(' ')}`,
    Mail: `ce.${uai.toLowerCase()}@ac-${searchable(academy.name).replace(/ /g, '-')}.fr`,
    Restauration: random() < 0.8 ? '1' : '0',
    Hebergement: '0',
    ULIS: random() < 0.1 ? '1' : '0',
    Appartenance_Education_Prioritaire: random() < 0.12 ? 'REP' : 'HORS EP',
    Nombre_d_eleves: String(30 + Math.floor(random() * 300)),
    Type_contrat_prive: privateSchool ? 'CONTRAT D\'ASSOCIATION TOUTES CLASSES' : 'SANS OBJET',
    Libelle_departement: reference.departmentNames.get(commune.departement) ?? '',
    Libelle_academie: academy.name,
    Libelle_region: reference.regionNames.get(region) ?? '',
    date_ouverture: `${1880 + Math.floor(random() * 140)}-09-01`,
    date_maj_ligne: '2026-06-15',
    etat: state < 0.01 ? 'FERME' : state < 0.02 ? 'A FERMER' : 'OUVERT',
    ministere_tutelle: 'MINISTERE DE L\'EDUCATION NATIONALE',
    code_nature: kind.nature[0],
    libelle_nature: kind.nature[1],
    Code_type_contrat_prive: privateSchool ? '30' : '99',
  };
  return DIRECTORY_HEADER.map((column) => values[column] ?? '');
}

const csvLine = (values: readonly string[]) => stringify([values], { delimiter: ';' });

/** Writes the header and the rows to a stream, waiting when it is full: memory stays flat. */
export async function writeDirectory(target: Writable, reference: DirectoryReference, options: GeneratorOptions, onProgress?: (rows: number) => void): Promise<void> {
  const write = async (line: string) => {
    if (!target.write(line)) await once(target, 'drain');
  };
  await write(csvLine(DIRECTORY_HEADER));
  let written = 0;
  for (const row of directoryRows(reference, options)) {
    await write(csvLine(row));
    if (++written % 1000 === 0) onProgress?.(written);
  }
  onProgress?.(written);
}
