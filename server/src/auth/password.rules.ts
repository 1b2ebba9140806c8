import { createRequire } from 'node:module';

/**
 * Password policy after CNIL délibération 2022-100 (≥ 80 bits of entropy), through its own examples:
 *   1. at least 12 characters mixing lower case, upper case, digits and special characters;
 *   2. at least 14 characters mixing three of those kinds;
 *   3. a passphrase of at least 20 characters.
 * Plus what an attacker tries first: the 49,000 most common passwords (an offline list shipped in
 * `@zxcvbn-ts/language-common`), with their usual decorations ("Password123!"), and the user's own name or
 * e-mail.
 */
export const MIN_LENGTH = 12;
export const MAX_LENGTH = 128;

const require = createRequire(import.meta.url);

let commonPasswords: ReadonlySet<string> | undefined;

/**
 * Immutable reference data (about 3 MB in memory, 16 MB of resident memory with its module), read when
 * the first password is checked rather than at start: an API replica may never check one.
 */
function isCommon(password: string): boolean {
  commonPasswords ??= new Set((require('@zxcvbn-ts/language-common').dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return commonPasswords.has(password);
}

function kinds(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((kind) => kind.test(password)).length;
}

/** The password without the digits and symbols people add around a word, lower-cased. */
function core(password: string): string {
  return password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
}

/** Null when acceptable, otherwise the reason in French. */
export function passwordProblem(password: string, person: { email: string; displayName?: string }): string | null {
  if (password.length > MAX_LENGTH) return `Le mot de passe ne doit pas dépasser ${MAX_LENGTH} caractères.`;
  const strongEnough = (password.length >= 12 && kinds(password) === 4) || (password.length >= 14 && kinds(password) >= 3) || password.length >= 20;
  if (!strongEnough) {
    return 'Mot de passe trop faible : 12 caractères au moins avec minuscules, majuscules, chiffres et caractères spéciaux, ou 14 caractères avec trois de ces types, ou une phrase de passe de 20 caractères.';
  }
  const lower = password.toLowerCase();
  if (isCommon(lower) || isCommon(core(password))) return 'Ce mot de passe figure parmi les plus courants : choisissez-en un autre.';
  const personal = [person.email.split('@')[0] ?? '', ...(person.displayName ?? '').split(/[\s'’-]+/)].map((part) => part.toLowerCase()).filter((part) => part.length >= 4);
  if (personal.some((part) => lower.includes(part))) return 'Le mot de passe ne doit pas contenir votre nom ni votre adresse électronique.';
  return null;
}
