import { Projection } from '../common/projection.js';
import { Selection } from '../common/selection.js';
import { toBool, toInstant } from '../common/sql.js';

/**
 * Plain read models of the territory, shaped like the GraphQL types. Read queries select columns under
 * these names (with a prefix when joined, e.g. `commune$name`) and the functions below rebuild the views.
 */
export interface AcademyView {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
  served: boolean;
}

export interface DepartmentView {
  code: string;
  name: string;
  academyCode: string;
}

export interface CommuneView {
  inseeCode: string;
  name: string;
  siren: string | null;
  postalCodes: string;
  population: number | null;
  departmentCode: string;
  active: boolean;
  mergedIntoInseeCode: string | null;
  /** Present when the query joined it (a school's commune with its département: one statement). */
  department?: DepartmentView;
}

export interface CirconscriptionView {
  id: number;
  code: string | null;
  name: string;
  departmentCode: string;
  ienName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

type Row = Record<string, unknown>;

export const academyColumns = (a: string) => [
  `${a}.code as code`, `${a}.name as name`, `${a}.region_code as regionCode`, `${a}.region_name as regionName`, `${a}.served as served`,
];
export const academyView = (row: Row): AcademyView => ({
  code: row.code as string, name: row.name as string, regionCode: row.regionCode as string, regionName: row.regionName as string, served: toBool(row.served),
});

export const departmentColumns = (d: string, prefix = '') => [`${d}.code as ${prefix}code`, `${d}.name as ${prefix}name`, `${d}.academy_code as ${prefix}academyCode`];
export const departmentView = (row: Row, prefix = ''): DepartmentView => ({
  code: row[`${prefix}code`] as string, name: row[`${prefix}name`] as string, academyCode: row[`${prefix}academyCode`] as string,
});

/** The commune's fields and columns; the core ones are what its relations are resolved from. */
export const COMMUNE_PROJECTION = new Projection({
  inseeCode: 'insee_code', name: 'name', siren: 'siren', postalCodes: 'postal_codes', population: 'population', departmentCode: 'department_code',
  active: 'active', mergedIntoInseeCode: 'merged_into_insee_code',
}, ['inseeCode', 'departmentCode']);

/** Every column of a commune (`prefix` when joined to another table's row: `commune$name`). */
export const communeColumns = (c: string, prefix = '') => COMMUNE_PROJECTION.columns(c, Selection.all(), prefix);

export const communeView = (row: Row, prefix = ''): CommuneView => ({
  inseeCode: row[`${prefix}inseeCode`] as string,
  name: row[`${prefix}name`] as string,
  siren: (row[`${prefix}siren`] as string | null) ?? null,
  postalCodes: (row[`${prefix}postalCodes`] as string) ?? '',
  population: (row[`${prefix}population`] as number | null) ?? null,
  departmentCode: row[`${prefix}departmentCode`] as string,
  active: toBool(row[`${prefix}active`]),
  mergedIntoInseeCode: (row[`${prefix}mergedIntoInseeCode`] as string | null) ?? null,
});

export const circonscriptionColumns = (c: string, prefix = '') => [
  `${c}.id as ${prefix}id`, `${c}.code as ${prefix}code`, `${c}.name as ${prefix}name`, `${c}.department_code as ${prefix}departmentCode`,
  `${c}.ien_name as ${prefix}ienName`, `${c}.created_at as ${prefix}createdAt`, `${c}.updated_at as ${prefix}updatedAt`,
];
export const circonscriptionView = (row: Row, prefix = ''): CirconscriptionView => ({
  id: row[`${prefix}id`] as number,
  code: (row[`${prefix}code`] as string | null) ?? null,
  name: row[`${prefix}name`] as string,
  departmentCode: row[`${prefix}departmentCode`] as string,
  ienName: (row[`${prefix}ienName`] as string | null) ?? null,
  createdAt: toInstant(row[`${prefix}createdAt`])!,
  updatedAt: toInstant(row[`${prefix}updatedAt`])!,
});
