import { toInstant, toIsoDate } from '../common/sql.js';
import { circonscriptionColumns, circonscriptionView, communeColumns, communeView, type CirconscriptionView, type CommuneView } from '../territory/territory.views.js';
import type { SchoolKind, SchoolSector, SchoolStatus } from './school.enums.js';

/** Read model of a school, with its commune and circonscription when the query joined them. */
export interface SchoolView {
  uai: string;
  name: string;
  kind: SchoolKind;
  sector: SchoolSector;
  status: SchoolStatus;
  closedOn: string | null;
  communeInseeCode: string;
  departmentCode: string;
  circonscriptionId: number | null;
  address: string | null;
  postalCode: string | null;
  email: string | null;
  phone: string | null;
  directorName: string | null;
  directorEmail: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  commune?: CommuneView;
  circonscription?: CirconscriptionView | null;
}

export const schoolColumns = (s: string) => [
  `${s}.uai as uai`, `${s}.name as name`, `${s}.kind as kind`, `${s}.sector as sector`, `${s}.status as status`, `${s}.closed_on as closedOn`,
  `${s}.commune_insee_code as communeInseeCode`, `${s}.department_code as departmentCode`, `${s}.circonscription_id as circonscriptionId`,
  `${s}.address as address`, `${s}.postal_code as postalCode`, `${s}.email as email`, `${s}.phone as phone`,
  `${s}.director_name as directorName`, `${s}.director_email as directorEmail`, `${s}.version as version`,
  `${s}.created_at as createdAt`, `${s}.updated_at as updatedAt`,
];

/** Which relations to join in the same statement. */
export interface SchoolJoins {
  commune: boolean;
  circonscription: boolean;
}

export const COMMUNE_PREFIX = 'commune$';
export const CIRCONSCRIPTION_PREFIX = 'circonscription$';

export const schoolRelationColumns = (joins: SchoolJoins) => [
  ...(joins.commune ? communeColumns('cm', COMMUNE_PREFIX) : []),
  ...(joins.circonscription ? circonscriptionColumns('ci', CIRCONSCRIPTION_PREFIX) : []),
];

export function schoolView(row: Record<string, unknown>, joins: SchoolJoins): SchoolView {
  const view: SchoolView = {
    uai: row.uai as string,
    name: row.name as string,
    kind: row.kind as SchoolKind,
    sector: row.sector as SchoolSector,
    status: row.status as SchoolStatus,
    closedOn: toIsoDate(row.closedOn),
    communeInseeCode: row.communeInseeCode as string,
    departmentCode: row.departmentCode as string,
    circonscriptionId: (row.circonscriptionId as number | null) ?? null,
    address: (row.address as string | null) ?? null,
    postalCode: (row.postalCode as string | null) ?? null,
    email: (row.email as string | null) ?? null,
    phone: (row.phone as string | null) ?? null,
    directorName: (row.directorName as string | null) ?? null,
    directorEmail: (row.directorEmail as string | null) ?? null,
    version: row.version as number,
    createdAt: toInstant(row.createdAt)!,
    updatedAt: toInstant(row.updatedAt)!,
  };
  if (joins.commune) view.commune = communeView(row, COMMUNE_PREFIX);
  if (joins.circonscription) view.circonscription = view.circonscriptionId === null ? null : circonscriptionView(row, CIRCONSCRIPTION_PREFIX);
  return view;
}
