import { HttpError } from 'react-admin';

/** Values as react-admin hands them over (form values, list filters): untyped at run time. */
export type Values = Record<string, unknown>;

/** A trimmed non-empty string (numbers accepted, as ids may be), or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A password as typed, spaces included (they may belong to a passphrase), or undefined when empty. */
export const secret = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The non-empty texts of a list (several keys of a filter), or undefined. */
export function texts(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept = value.map(text).filter((item) => item !== undefined);
  return kept.length ? kept : undefined;
}

export const integer = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);

export const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** One of the allowed values (an enum of the schema), or undefined. */
export const oneOf = <T extends string>(allowed: readonly T[], value: unknown): T | undefined =>
  allowed.find((candidate) => candidate === value);

/** The allowed values of a multiple choice (a single value counts as a list of one), or undefined when none. */
export function someOf<T extends string>(allowed: readonly T[], value: unknown): T[] | undefined {
  const kept = (Array.isArray(value) ? value : [value]).map((item) => oneOf(allowed, item)).filter((item) => item !== undefined);
  return kept.length ? kept : undefined;
}

/**
 * A value the form must provide. The form's own `required()` validators normally catch it first; this
 * keeps the input types honest and still shows the error under the input.
 */
export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new HttpError('Champ obligatoire.', 400, { code: 'BAD_USER_INPUT', errors: { [field]: 'ra.validation.required' } });
  return value;
}

/**
 * Every value of a schema enum, checked by the compiler: the generated enums are types only
 * (`enumsAsTypes`), and inputs need the values at run time.
 */
export const everyValueOf =
  <T extends string>() =>
  <const V extends readonly T[]>(values: V & ([Exclude<T, V[number]>] extends [never] ? unknown : { missing: Exclude<T, V[number]> })): V =>
    values;
