import { Projection } from '../common/projection.js';
import { Selection } from '../common/selection.js';
import { toInstant, toIsoDate } from '../common/sql.js';
import { circonscriptionColumns, circonscriptionView, communeColumns, communeView, departmentColumns, departmentView, type CirconscriptionView, type CommuneView } from '../territory/territory.views.js';
import type { SchoolKind, SchoolSector, SchoolStatus } from './school.enums.js';
import { assignmentColumns, assignmentView, type AssignmentView } from '../publication-directors/publication-director.views.js';

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
  publicationDirector?: AssignmentView | null;
}

/** The school's fields and columns; the core ones are what its relations are resolved from. */
export const SCHOOL_PROJECTION = new Projection({
  uai: 'uai', name: 'name', kind: 'kind', sector: 'sector', status: 'status', closedOn: 'closed_on', communeInseeCode: 'commune_insee_code',
  departmentCode: 'department_code', circonscriptionId: 'circonscription_id', address: 'address', postalCode: 'postal_code', email: 'email',
  phone: 'phone', directorName: 'director_name', directorEmail: 'director_email', version: 'version', createdAt: 'created_at', updatedAt: 'updated_at',
}, ['uai', 'communeInseeCode', 'departmentCode', 'circonscriptionId']);

/** Every column of a school (`prefix` when joined to another table's row: `school$name`). */
export const schoolColumns = (s: string, prefix = '') => SCHOOL_PROJECTION.columns(s, Selection.all(), prefix);

/** Which relations to join in the same statement. */
export interface SchoolJoins {
  commune: boolean;
  /** The commune's département (only with `commune`), joined as `cd`. */
  communeDepartment?: boolean;
  circonscription: boolean;
  /** The publication director of the day (issue #7), joined as `pd`. */
  publicationDirector?: boolean;
}

export const COMMUNE_PREFIX = 'commune$';
export const COMMUNE_DEPARTMENT_PREFIX = 'communeDepartment$';
export const CIRCONSCRIPTION_PREFIX = 'circonscription$';
export const PUBLICATION_DIRECTOR_PREFIX = 'pd$';

export const schoolRelationColumns = (joins: SchoolJoins) => [
  ...(joins.commune ? communeColumns('cm', COMMUNE_PREFIX) : []),
  ...(joins.commune && joins.communeDepartment ? departmentColumns('cd', COMMUNE_DEPARTMENT_PREFIX) : []),
  ...(joins.circonscription ? circonscriptionColumns('ci', CIRCONSCRIPTION_PREFIX) : []),
  ...(joins.publicationDirector ? assignmentColumns('pd', PUBLICATION_DIRECTOR_PREFIX) : []),
];

/**
 * A school from a row; `prefix` when it was joined to another table's row (`school$name`). Fields a
 * projection left out come out undefined (or null).
 */
export function schoolView(row: Record<string, unknown>, joins: SchoolJoins, prefix = ''): SchoolView {
  const get = (name: string) => row[`${prefix}${name}`];
  const view: SchoolView = {
    uai: get('uai') as string,
    name: get('name') as string,
    kind: get('kind') as SchoolKind,
    sector: get('sector') as SchoolSector,
    status: get('status') as SchoolStatus,
    closedOn: toIsoDate(get('closedOn')),
    communeInseeCode: get('communeInseeCode') as string,
    departmentCode: get('departmentCode') as string,
    circonscriptionId: (get('circonscriptionId') as number | null) ?? null,
    address: (get('address') as string | null) ?? null,
    postalCode: (get('postalCode') as string | null) ?? null,
    email: (get('email') as string | null) ?? null,
    phone: (get('phone') as string | null) ?? null,
    directorName: (get('directorName') as string | null) ?? null,
    directorEmail: (get('directorEmail') as string | null) ?? null,
    version: get('version') as number,
    createdAt: toInstant(get('createdAt'))!,
    updatedAt: toInstant(get('updatedAt'))!,
  };
  if (joins.commune) view.commune = communeView(row, COMMUNE_PREFIX);
  if (view.commune && joins.communeDepartment) view.commune.department = departmentView(row, COMMUNE_DEPARTMENT_PREFIX);
  if (joins.circonscription) view.circonscription = view.circonscriptionId === null ? null : circonscriptionView(row, CIRCONSCRIPTION_PREFIX);
  if (joins.publicationDirector) view.publicationDirector = row[`${PUBLICATION_DIRECTOR_PREFIX}id`] == null ? null : assignmentView(row, PUBLICATION_DIRECTOR_PREFIX);
  return view;
}
