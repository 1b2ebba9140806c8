import { searchable } from '../common/text.js';

/**
 * Columns are found by their header's name, in any order; unknown columns are ignored. Names are compared
 * without case, accents, spaces or punctuation: the open-data download writes `Identifiant_de_l_etablissement`,
 * its API `identifiant_de_l_etablissement`, a DSDEN spreadsheet `Identifiant de l'établissement`.
 */
export interface ColumnSpec<F extends string> {
  field: F;
  /** Accepted header names, the first one being the one we write (generator, rejected rows). */
  names: readonly string[];
  required?: boolean;
}

export type ColumnIndex<F extends string> = Partial<Record<F, number>>;

export type ColumnResolution<F extends string> = { ok: true; columns: ColumnIndex<F> } | { ok: false; missing: string[] };

export function headerKey(name: string): string {
  return searchable(name).replace(/ /g, '');
}

export function resolveColumns<F extends string>(header: readonly string[], specs: readonly ColumnSpec<F>[]): ColumnResolution<F> {
  const position = new Map<string, number>();
  header.forEach((name, i) => {
    const key = headerKey(name);
    if (!position.has(key)) position.set(key, i);
  });
  const columns: ColumnIndex<F> = {};
  const missing: string[] = [];
  for (const spec of specs) {
    const found = spec.names.map((name) => position.get(headerKey(name))).find((i) => i !== undefined);
    if (found !== undefined) columns[spec.field] = found;
    else if (spec.required) missing.push(spec.names[0]!);
  }
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

/** A row's values by field: trimmed, an empty cell or an absent column as undefined. */
export type RowValues<F extends string> = Partial<Record<F, string>>;

export function valuesOf<F extends string>(record: readonly string[], columns: ColumnIndex<F>): RowValues<F> {
  const values: RowValues<F> = {};
  for (const [field, index] of Object.entries(columns) as Array<[F, number]>) {
    const value = record[index]?.trim();
    if (value) values[field] = value;
  }
  return values;
}

/** Header names of a UAI column, shared by the three kinds of file. */
export const UAI_NAMES = ['Identifiant_de_l_etablissement', 'UAI', 'numero_uai', 'code_uai', 'RNE'] as const;
