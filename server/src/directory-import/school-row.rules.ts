import { isEmail } from 'class-validator';
import { changesBetween, type Changes } from '../audit/audit.service.js';
import { searchable } from '../common/text.js';
import { SchoolKind, SchoolSector, SchoolStatus } from '../schools/school.enums.js';
import { PHONE } from '../schools/school.inputs.js';
import type { SchoolView } from '../schools/school.views.js';
import { checkUai } from '../schools/uai.rules.js';
import { UAI_NAMES, type ColumnSpec, type RowValues } from './csv-columns.rules.js';
import { communeCodeOf, departmentCodeOf, departmentOfCommune, postalCodeOf } from './territory-codes.rules.js';

/** The columns of the national directory ("annuaire de l'éducation") that the import reads. */
export type SchoolField =
  | 'uai' | 'name' | 'type' | 'sector' | 'address' | 'postalCode' | 'communeCode' | 'communeName' | 'departmentCode'
  | 'maternelle' | 'elementaire' | 'email' | 'phone' | 'etat';

export const SCHOOL_COLUMNS: readonly ColumnSpec<SchoolField>[] = [
  { field: 'uai', names: UAI_NAMES, required: true },
  { field: 'name', names: ['Nom_etablissement', 'appellation_officielle'], required: true },
  { field: 'type', names: ['Type_etablissement'], required: true },
  { field: 'sector', names: ['Statut_public_prive', 'secteur_public_prive'], required: true },
  { field: 'address', names: ['Adresse_1'] },
  { field: 'postalCode', names: ['Code_postal'] },
  { field: 'communeCode', names: ['Code_commune', 'code_insee_commune'], required: true },
  { field: 'communeName', names: ['Nom_commune'] },
  { field: 'departmentCode', names: ['Code_departement'] },
  { field: 'maternelle', names: ['Ecole_maternelle'] },
  { field: 'elementaire', names: ['Ecole_elementaire'] },
  { field: 'email', names: ['Mail'] },
  { field: 'phone', names: ['Telephone'] },
  { field: 'etat', names: ['etat', 'etat_etablissement'] },
];

/** A valid school row. Optional fields left undefined were empty: they do not erase what the base holds. */
export interface SchoolRecord {
  uai: string;
  name: string;
  kind: SchoolKind;
  status: SchoolStatus;
  communeCode: string;
  departmentCode: string;
  address?: string;
  postalCode?: string;
  email?: string;
  phone?: string;
}

/** Rows left aside without being wrong: counted by reason, not listed. */
export const IGNORED = {
  notASchool: 'Pas une école',
  private: 'École privée (ENT-École sert les écoles publiques)',
  outOfScope: 'Département hors du périmètre de l’import',
  closedUnknown: 'École fermée, inconnue de la base',
} as const;

export type RowVerdict<R> =
  | { kind: 'record'; record: R }
  | { kind: 'rejected'; reason: string; uai?: string }
  | { kind: 'ignored'; reason: string };

const rejected = (reason: string, uai?: string): RowVerdict<never> => ({ kind: 'rejected', reason, ...(uai ? { uai } : {}) });
const missing = (label: string, uai?: string) => rejected(`Champ manquant : ${label}.`, uai);

const YES = new Set(['1', 'o', 'oui', 'true', 'vrai', 'x', 'y', 'yes']);

/** Maternelle, élémentaire or primaire: from the two flags of the directory, else from the name. */
export function schoolKindOf(maternelle: string | undefined, elementaire: string | undefined, name: string): SchoolKind | null {
  const m = maternelle !== undefined && YES.has(maternelle.toLowerCase());
  const e = elementaire !== undefined && YES.has(elementaire.toLowerCase());
  if (m && e) return SchoolKind.PRIMAIRE;
  if (m) return SchoolKind.MATERNELLE;
  if (e) return SchoolKind.ELEMENTAIRE;
  const words = searchable(name);
  if (/\bprimaire\b/.test(words)) return SchoolKind.PRIMAIRE;
  if (/\bmaternelle\b/.test(words)) return SchoolKind.MATERNELLE;
  if (/\belementaire\b/.test(words)) return SchoolKind.ELEMENTAIRE;
  return null;
}

/**
 * `etat` of the directory: OUVERT, A OUVRIR and A FERMER schools are running (a closure decided for the
 * next school year takes effect when the school leaves the directory or shows FERME); FERME is closed.
 * An empty cell is an open school: the open-data export lists open establishments.
 */
export function schoolStatusOf(etat: string | undefined): SchoolStatus | null {
  const state = searchable(etat ?? '');
  if (state === '' || state === 'ouvert' || state === 'a ouvrir' || state === 'a fermer') return SchoolStatus.OPEN;
  if (/^fermee?$/.test(state)) return SchoolStatus.CLOSED;
  return null;
}

export function isPrivate(sector: string): boolean | null {
  const value = searchable(sector);
  if (value === 'public') return false;
  if (value === 'prive' || value.startsWith('prive ')) return true;
  return null;
}

function tooLong(value: string | undefined, max: number): boolean {
  return value !== undefined && value.length > max;
}

/**
 * Checks one row of the directory, without the database: what is not a public school of the import's
 * départements is ignored; a row that cannot be imported is rejected with its reason (in French, shown to
 * the academic team); the rest is a normalised record. Database checks (commune, duplicates) come after.
 */
export function readSchoolRow(values: RowValues<SchoolField>, departments: ReadonlySet<string>): RowVerdict<SchoolRecord> {
  if (!values.type) return missing('Type_etablissement');
  if (!/^ecole\b/.test(searchable(values.type))) return { kind: 'ignored', reason: IGNORED.notASchool };
  if (!values.uai) return missing('Identifiant_de_l_etablissement');
  const uaiCheck = checkUai(values.uai);
  if (!uaiCheck.valid) return rejected(uaiCheck.reason);
  const uai = uaiCheck.uai;
  if (!values.sector) return missing('Statut_public_prive', uai);
  const privateSchool = isPrivate(values.sector);
  if (privateSchool === null) return rejected(`Statut « ${values.sector} » inconnu : Public ou Privé attendu.`, uai);
  if (privateSchool) return { kind: 'ignored', reason: IGNORED.private };
  if (!values.communeCode) return missing('Code_commune', uai);
  const communeCode = communeCodeOf(values.communeCode);
  if (!communeCode) return rejected(`Code commune « ${values.communeCode} » invalide : code INSEE à 5 caractères attendu.`, uai);
  const departmentCode = departmentOfCommune(communeCode);
  if (values.departmentCode !== undefined) {
    const declared = departmentCodeOf(values.departmentCode);
    if (declared === null) return rejected(`Code département « ${values.departmentCode} » invalide.`, uai);
    if (declared !== departmentCode) return rejected(`La commune ${communeCode} n’est pas dans le département ${values.departmentCode}.`, uai);
  }
  if (!departments.has(departmentCode)) return { kind: 'ignored', reason: IGNORED.outOfScope };
  const name = values.name?.replace(/\s+/g, ' ');
  if (!name) return missing('Nom_etablissement', uai);
  const kind = schoolKindOf(values.maternelle, values.elementaire, name);
  if (!kind) return rejected('Type d’école indéterminé : ni Ecole_maternelle ni Ecole_elementaire, et le nom ne le dit pas.', uai);
  const status = schoolStatusOf(values.etat);
  if (!status) return rejected(`État « ${values.etat} » inconnu : OUVERT, A OUVRIR, A FERMER ou FERME attendu.`, uai);
  const postalCode = values.postalCode === undefined ? undefined : postalCodeOf(values.postalCode);
  if (postalCode === null) return rejected(`Code postal « ${values.postalCode} » invalide.`, uai);
  if (values.email !== undefined && !isEmail(values.email)) return rejected(`Adresse électronique « ${values.email} » invalide.`, uai);
  if (values.phone !== undefined && !PHONE.test(values.phone)) return rejected(`Téléphone « ${values.phone} » invalide.`, uai);
  if (tooLong(name, 200) || tooLong(values.address, 200) || tooLong(values.email, 200)) return rejected('Nom, adresse ou courriel de plus de 200 caractères.', uai);
  return {
    kind: 'record',
    record: {
      uai, name, kind, status, communeCode, departmentCode,
      ...(values.address ? { address: values.address } : {}),
      ...(postalCode ? { postalCode } : {}),
      ...(values.email ? { email: values.email } : {}),
      ...(values.phone ? { phone: values.phone } : {}),
    },
  };
}

/** What the base holds of a school that the directory says too (the audit trail's names). */
export type SchoolState = Pick<SchoolView, 'name' | 'kind' | 'sector' | 'status' | 'closedOn' | 'communeInseeCode' | 'address' | 'postalCode' | 'email' | 'phone'>;

export type SchoolDecision =
  | { outcome: 'CREATE' | 'UPDATE' | 'CLOSE'; changes: Changes }
  | { outcome: 'UNCHANGED' }
  | { outcome: 'IGNORED'; reason: string };

/**
 * What a valid row does to the school the base holds (or not). A school the file marks closed is closed
 * on `today` and nothing else about it changes; a closed school listed open again is reopened.
 */
export function decideSchool(current: SchoolState | undefined, record: SchoolRecord, today: string): SchoolDecision {
  const target = (base: SchoolState | undefined): SchoolState => ({
    name: record.name,
    kind: record.kind,
    sector: SchoolSector.PUBLIC,
    status: SchoolStatus.OPEN,
    closedOn: null,
    communeInseeCode: record.communeCode,
    address: record.address ?? base?.address ?? null,
    postalCode: record.postalCode ?? base?.postalCode ?? null,
    email: record.email ?? base?.email ?? null,
    phone: record.phone ?? base?.phone ?? null,
  });
  if (!current) {
    if (record.status === SchoolStatus.CLOSED) return { outcome: 'IGNORED', reason: IGNORED.closedUnknown };
    return { outcome: 'CREATE', changes: changesBetween({}, target(undefined)) };
  }
  if (record.status === SchoolStatus.CLOSED) {
    if (current.status === SchoolStatus.CLOSED) return { outcome: 'UNCHANGED' };
    return { outcome: 'CLOSE', changes: { status: [SchoolStatus.OPEN, SchoolStatus.CLOSED], closedOn: [null, today] } };
  }
  const changes = changesBetween(current, target(current));
  return Object.keys(changes).length ? { outcome: 'UPDATE', changes } : { outcome: 'UNCHANGED' };
}
