import { checkUai } from '../schools/uai.rules.js';
import { UAI_NAMES, type ColumnSpec, type RowValues } from './csv-columns.rules.js';
import type { RowVerdict } from './school-row.rules.js';

/** The DSDEN's file: which circonscription (code, name, IEN) each school belongs to. */
export type CirconscriptionField = 'uai' | 'code' | 'name' | 'ien';

export const CIRCONSCRIPTION_COLUMNS: readonly ColumnSpec<CirconscriptionField>[] = [
  { field: 'uai', names: UAI_NAMES, required: true },
  { field: 'code', names: ['code_circonscription', 'circonscription_code', 'code'], required: true },
  { field: 'name', names: ['nom_circonscription', 'libelle_circonscription', 'circonscription', 'nom'] },
  { field: 'ien', names: ['ien', 'nom_ien', 'inspecteur', 'inspectrice'] },
];

export interface CirconscriptionRecord {
  uai: string;
  code: string;
  /** Needed to create the circonscription; optional when it exists. */
  name?: string;
  ienName?: string;
}

export function readCirconscriptionRow(values: RowValues<CirconscriptionField>): RowVerdict<CirconscriptionRecord> {
  if (!values.uai) return { kind: 'rejected', reason: 'Champ manquant : UAI.' };
  const uai = checkUai(values.uai);
  if (!uai.valid) return { kind: 'rejected', reason: uai.reason };
  if (!values.code) return { kind: 'rejected', reason: 'Champ manquant : code_circonscription.', uai: uai.uai };
  const code = values.code.replace(/\s+/g, '').toUpperCase();
  if (code.length > 20) return { kind: 'rejected', reason: `Code de circonscription « ${values.code} » trop long (20 caractères au plus).`, uai: uai.uai };
  const name = values.name?.replace(/\s+/g, ' ');
  if ((name?.length ?? 0) > 150 || (values.ien?.length ?? 0) > 150) return { kind: 'rejected', reason: 'Nom de circonscription ou d’IEN de plus de 150 caractères.', uai: uai.uai };
  return { kind: 'record', record: { uai: uai.uai, code, ...(name ? { name } : {}), ...(values.ien ? { ienName: values.ien } : {}) } };
}

export interface CirconscriptionState {
  name: string;
  ienName: string | null;
  departmentCode: string;
}

/**
 * A circonscription's definition is taken from the first row that names it; a later row that names it
 * differently is a contradiction in the file, rejected, so that importing the same file twice gives the
 * same result (the last row would otherwise win, then lose to the first on the next run).
 */
export function definitionConflict(definition: CirconscriptionState, record: CirconscriptionRecord, schoolDepartment: string): string | null {
  if (definition.departmentCode !== schoolDepartment) {
    return `La circonscription ${record.code} est dans le département ${definition.departmentCode}, l’école dans le ${schoolDepartment}.`;
  }
  if (record.name !== undefined && record.name !== definition.name) return `Nom « ${record.name} » différent de celui déjà donné à ${record.code} (« ${definition.name} »).`;
  if (record.ienName !== undefined && record.ienName !== definition.ienName) return `IEN « ${record.ienName} » différent de celui déjà donné à ${record.code}.`;
  return null;
}
