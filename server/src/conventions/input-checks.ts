import { frenchDate } from '../common/dates.js';
import { InvalidInputError } from '../errors.js';
import { requireUai } from '../schools/school.service.js';
import { isSchoolYear } from './amount.rules.js';

/** Checks of what people type that the rules files do not own; each names its input field. */

export function requireSchoolYear(value: string, field = 'schoolYear'): string {
  const year = value.trim();
  if (!isSchoolYear(year)) throw new InvalidInputError(field, `Année scolaire invalide : « ${value} » (deux années consécutives, par exemple 2022-2023).`);
  return year;
}

/** More schools than any commune has: a larger list is a mistake (or an attack), refused before any lookup. */
export const MAX_SCHOOLS = 200;

/** Valid UAIs in canonical form, each once; at least one. */
export function requireSchoolUais(values: readonly string[], field = 'schoolUais'): string[] {
  if (values.length > MAX_SCHOOLS) throw new InvalidInputError(field, `Au plus ${MAX_SCHOOLS} écoles par convention.`);
  const uais = [...new Set(values.map((value) => requireUai(value, field)))];
  if (uais.length === 0) throw new InvalidInputError(field, 'Inscrivez au moins une école.');
  return uais;
}

/** Trimmed text that is not blank. */
export function requireText(value: string, field: string, label: string): string {
  const text = value.trim();
  if (!text) throw new InvalidInputError(field, `${label} est obligatoire.`);
  return text;
}

/** A calendar date that has already come (signatures, meetings are recorded after the fact). */
export function requireNotFuture(date: string, today: string, field: string, label: string): void {
  if (date > today) throw new InvalidInputError(field, `${label} (${frenchDate(date)}) ne peut pas être dans le futur.`);
}
