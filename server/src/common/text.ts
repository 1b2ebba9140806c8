/**
 * The form under which names are searched and sorted: lower case, no accents, punctuation folded to
 * single spaces. "École élémentaire Agnès-Gelly" → "ecole elementaire agnes gelly". Computed in code so
 * that SQLite and PostgreSQL search and sort alike, without collations or extensions.
 */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A `LIKE` pattern for "contains": safe without escaping because `searchable` leaves only [a-z0-9 ]. */
export function containsPattern(text: string): string {
  return `%${searchable(text)}%`;
}
