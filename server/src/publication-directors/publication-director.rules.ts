import { addDays } from '../common/dates.js';
import { searchable } from '../common/text.js';
import { Civility, PublicationDirectorFunction } from './publication-director.enums.js';

/**
 * Article 6 of the convention, as arithmetic on periods: a scope (a school's spaces, a commune's reserved
 * spaces) has at most one publication director on any date; periods are inclusive calendar dates
 * (`YYYY-MM-DD`, compared as strings), an open period has no end date.
 */
export interface Period {
  id: number;
  startDate: string;
  endDate: string | null;
}

export type ScopeKind = 'school' | 'commune';

/** The period that covers a date, if any. */
export function activeOn<P extends Period>(history: readonly P[], date: string): P | undefined {
  return history.find((period) => period.startDate <= date && (period.endDate === null || period.endDate >= date));
}

export type AssignmentPlan =
  | { ok: true; close: { id: number; endDate: string } | null }
  | { ok: false; reason: string };

/**
 * What a new assignment from `startDate` does to a scope's history: the open period, if any, ends the day
 * before; nothing else changes. Refused when that would rewrite history: the open period does not start
 * strictly earlier, or a closed period reaches the new start date (a back-dated overlap).
 */
export function planAssignment(history: readonly Period[], startDate: string): AssignmentPlan {
  const open = history.find((period) => period.endDate === null);
  if (open && open.startDate >= startDate) {
    return { ok: false, reason: `La désignation en cours commence le ${open.startDate} : une nouvelle désignation doit commencer après cette date.` };
  }
  const overlapped = history.find((period) => period.endDate !== null && period.endDate >= startDate);
  if (overlapped) {
    return { ok: false, reason: `La période du ${overlapped.startDate} au ${overlapped.endDate} couvre déjà le ${startDate} : l’historique n’est pas réécrit.` };
  }
  return { ok: true, close: open ? { id: open.id, endDate: addDays(startDate, -1) } : null };
}

const FUNCTION_SCOPES: Record<PublicationDirectorFunction, readonly ScopeKind[]> = {
  [PublicationDirectorFunction.SCHOOL_DIRECTOR]: ['school'],
  [PublicationDirectorFunction.INTERIM_DIRECTOR]: ['school'],
  [PublicationDirectorFunction.CITY_REFERENT]: ['commune'],
  [PublicationDirectorFunction.OTHER]: ['school', 'commune'],
};

/** Article 6 names the school's director for a school and the référent ville for a commune; OTHER fits both. */
export function functionFitsScope(fn: PublicationDirectorFunction, scope: ScopeKind): boolean {
  return FUNCTION_SCOPES[fn].includes(scope);
}

/** A person as the directory (ONDE, via the school record) names them. */
export interface DirectoryDirector {
  name: string | null;
  email: string | null;
}

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
}

const CIVILITIES: Array<[RegExp, Civility]> = [
  [/^(mme|madame|mlle|mademoiselle)\.?\s+/i, Civility.MADAME],
  [/^(m|mr|monsieur)\.?\s+/i, Civility.MONSIEUR],
];

/** Upper-case words are family names in French administrative listings ("Mme Claire DURAND"). */
const isUpperWord = (word: string) => /\p{L}{2}/u.test(word) && word === word.toUpperCase();

/** The civility that opens a name ("Mme", "M.", "Monsieur"…), and the rest of the name. */
function splitCivility(raw: string): { civility?: Civility; rest: string } {
  const name = raw.trim().replace(/\s+/g, ' ');
  for (const [pattern, civility] of CIVILITIES) if (pattern.test(name)) return { civility, rest: name.replace(pattern, '') };
  return { rest: name };
}

/**
 * Reads "Mme Claire DURAND", "M. DUPONT Jean-Pierre", "Madame Claire Durand". The family name is the
 * upper-case part, or else the second of exactly two words. A part that cannot be told apart ("Élise Le
 * Goff", everything in capitals, no civility) is left undefined: a person then decides, not a guess.
 */
export function parseDirectoryName(raw: string): { civility?: Civility; firstName?: string; lastName?: string } {
  const { civility, rest } = splitCivility(raw);
  const words = rest ? rest.split(' ') : [];
  const upper = words.filter(isUpperWord);
  const other = words.filter((word) => !isUpperWord(word));
  if (upper.length && other.length) return { civility, firstName: other.join(' '), lastName: upper.join(' ') };
  if (other.length === 2) return { civility, firstName: other[0], lastName: other[1] };
  return { civility, lastName: words.length === 1 ? words[0] : undefined };
}

const tokens = (text: string) => new Set(searchable(text).split(' ').filter(Boolean));

/**
 * Whether the directory's director is this person: the same e-mail address, or a name made only of the
 * person's first and family names and holding the whole family name (so "Mme Durand", "DURAND Claire"
 * and "Claire Durand" all match Claire Durand). Either is enough: the directory often gives the school's
 * functional mailbox rather than the person's.
 */
export function isSamePerson(directory: DirectoryDirector, person: Person): boolean {
  if (directory.email && directory.email.trim().toLowerCase() === person.email.trim().toLowerCase()) return true;
  if (!directory.name) return false;
  const named = tokens(splitCivility(directory.name).rest);
  const family = tokens(person.lastName);
  const whole = new Set([...tokens(person.firstName), ...family]);
  return family.size > 0 && [...family].every((word) => named.has(word)) && [...named].every((word) => whole.has(word));
}
