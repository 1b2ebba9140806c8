import { isEmail } from 'class-validator';
import { checkUai } from '../schools/uai.rules.js';
import { UAI_NAMES, type ColumnSpec, type RowValues } from './csv-columns.rules.js';
import type { RowVerdict } from './school-row.rules.js';

/** A director file (from ONDE, through the DSDEN): UAI → director's name and e-mail. */
export type DirectorField = 'uai' | 'lastName' | 'firstName' | 'email';

export const DIRECTOR_COLUMNS: readonly ColumnSpec<DirectorField>[] = [
  { field: 'uai', names: UAI_NAMES, required: true },
  { field: 'lastName', names: ['nom_directeur', 'directeur', 'directrice', 'nom'], required: true },
  { field: 'firstName', names: ['prenom_directeur', 'prenom'] },
  { field: 'email', names: ['mail_directeur', 'courriel_directeur', 'mel_directeur', 'courriel', 'mail', 'mel', 'email'] },
];

export interface Director {
  name: string;
  email: string | null;
}

export interface DirectorRecord extends Director {
  uai: string;
}

export function readDirectorRow(values: RowValues<DirectorField>): RowVerdict<DirectorRecord> {
  if (!values.uai) return { kind: 'rejected', reason: 'Champ manquant : UAI.' };
  const uai = checkUai(values.uai);
  if (!uai.valid) return { kind: 'rejected', reason: uai.reason };
  if (!values.lastName) return { kind: 'rejected', reason: 'Champ manquant : nom du directeur ou de la directrice.', uai: uai.uai };
  const name = [values.firstName, values.lastName].filter(Boolean).join(' ').replace(/\s+/g, ' ');
  if (name.length > 200) return { kind: 'rejected', reason: 'Nom de plus de 200 caractères.', uai: uai.uai };
  if (values.email !== undefined && (!isEmail(values.email) || values.email.length > 200)) {
    return { kind: 'rejected', reason: `Adresse électronique « ${values.email} » invalide.`, uai: uai.uai };
  }
  return { kind: 'record', record: { uai: uai.uai, name, email: values.email?.toLowerCase() ?? null } };
}

/**
 * The new director of a school, or null when the file says what the base holds. Name and e-mail go
 * together: a new name without an e-mail clears the previous person's address; the same name without one
 * keeps it (the file just lacks it).
 */
export function directorChange(current: Director, record: DirectorRecord): Director | null {
  const next = record.name === current.name && record.email === null ? { name: current.name, email: current.email } : { name: record.name, email: record.email };
  return next.name === current.name && next.email === current.email ? null : next;
}
