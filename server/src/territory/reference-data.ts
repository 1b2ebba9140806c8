import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Orm, EntityManager } from '../database/orm.js';
import { rows, sqlBuilder, toInt } from '../common/sql.js';
import { searchable } from '../common/text.js';
import type { Logger } from '../logger.js';
import { ACADEMIES, SERVED_ACADEMIES } from './academies.data.js';

/** The official reference data (`@etalab/decoupage-administratif`), read from disk only when loading. */
export interface CommuneRecord {
  code: string;
  nom: string;
  /** `commune-actuelle`, or `commune-deleguee` / `commune-associee` (with `chefLieu`), `arrondissement-municipal`. */
  type: string;
  departement: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
  /** The commune nouvelle a delegated or associated commune belongs to. */
  chefLieu?: string;
  /** Codes of the former communes a commune nouvelle absorbed. */
  anciensCodes?: string[];
}
export interface NamedRecord {
  code: string;
  nom: string;
  region?: string;
}

const require = createRequire(import.meta.url);
async function readReference<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;
}

export interface ReferenceLoadResult {
  academies: number;
  departments: number;
  communes: number;
}

/** The package's three lists; tests pass crafted ones to the refresh instead. */
export interface ReferenceSource {
  regions: NamedRecord[];
  departements: NamedRecord[];
  communes: CommuneRecord[];
}

export async function readReferenceSource(): Promise<ReferenceSource> {
  const [regions, departements, communes] = await Promise.all([
    readReference<NamedRecord[]>('regions.json'),
    readReference<NamedRecord[]>('departements.json'),
    readReference<CommuneRecord[]>('communes.json'),
  ]);
  return { regions, departements, communes };
}

const BATCH = 500;

/** The `commune` columns the reference sets (not `active` / `merged_into_insee_code`: the refresh's). */
export function communeRow(c: CommuneRecord) {
  return {
    insee_code: c.code,
    name: c.nom,
    search_name: searchable(c.nom),
    department_code: c.departement,
    siren: c.siren ?? null,
    postal_codes: (c.codesPostaux ?? []).join(' '),
    population: c.population ?? null,
  };
}

/** The served académies, or all of them. */
export const academiesLoaded = (national: boolean) => (national ? ACADEMIES : ACADEMIES.filter((a) => SERVED_ACADEMIES.includes(a.code)));

/** The rows of académies, départements and current communes: the served académies', or all (`national`). */
export function territoryRows(source: ReferenceSource, national: boolean) {
  const regionName = new Map(source.regions.map((r) => [r.code, r.nom]));
  const departmentRegion = new Map(source.departements.map((d) => [d.code, d.region ?? '']));
  const academyOf = new Map(ACADEMIES.flatMap((a) => a.departments.map((d) => [d, a.code] as const)));
  const loadedAcademies = academiesLoaded(national);
  const loadedDepartments = new Set(loadedAcademies.flatMap((a) => a.departments));
  return {
    academies: loadedAcademies.map((a) => {
      const regionCode = departmentRegion.get(a.departments[0]!) ?? '';
      return { code: a.code, name: a.name, region_code: regionCode, region_name: `Région académique ${regionName.get(regionCode) ?? ''}`.trim(), served: SERVED_ACADEMIES.includes(a.code) };
    }),
    departments: source.departements.filter((d) => loadedDepartments.has(d.code)).map((d) => ({ code: d.code, name: d.nom, academy_code: academyOf.get(d.code)! })),
    communes: source.communes.filter((c) => c.type === 'commune-actuelle' && loadedDepartments.has(c.departement)).map(communeRow),
  };
}

/**
 * Loads académies, départements and communes. Only the served académies' communes (Occitanie: 4,446)
 * unless `national` (about 35,000). Upserts: reloading changes nothing unless the reference changed.
 */
export async function loadReferenceData(orm: Orm, options: { national: boolean }): Promise<ReferenceLoadResult> {
  const territory = territoryRows(await readReferenceSource(), options.national);
  await orm.em.fork().transactional(async (em) => {
    await upsert(em as EntityManager, 'academy', 'code', territory.academies);
    await upsert(em as EntityManager, 'department', 'code', territory.departments);
    await upsert(em as EntityManager, 'commune', 'insee_code', territory.communes);
  });
  return { academies: territory.academies.length, departments: territory.departments.length, communes: territory.communes.length };
}

export async function upsert(em: EntityManager, table: string, key: string, values: Record<string, unknown>[]): Promise<void> {
  const db = sqlBuilder(em);
  for (let i = 0; i < values.length; i += BATCH) {
    const batch = values.slice(i, i + BATCH);
    const columns = Object.keys(batch[0]!).filter((column) => column !== key);
    await rows(em, db.insertInto(table).values(batch).onConflict((oc) =>
      oc.column(key).doUpdateSet(Object.fromEntries(columns.map((column) => [column, (eb: any) => eb.ref(`excluded.${column}`)]))),
    ));
  }
}

/** At start: loads the served territory once, when the database has none. */
export async function ensureReferenceData(orm: Orm, logger: Logger): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const [row] = await rows<{ total: unknown }>(em, sqlBuilder(em).selectFrom('commune').select((eb) => eb.fn.countAll().as('total')));
  if (toInt(row?.total) > 0) return;
  const loaded = await loadReferenceData(orm, { national: false });
  logger.info(loaded, 'reference data loaded');
}
