import { normaliseDepartment } from '../conventions/actes.rules.js';

/**
 * Territory codes as files write them: spreadsheets drop leading zeros (`9` for Ariège, `1015` for an
 * Ain commune), the national directory pads départements to three characters (`034`, `02A`). The database
 * keeps INSEE's forms: `34`, `2A`, `971`, communes on five characters.
 */
export function departmentCodeOf(input: string): string | null {
  const code = input.trim();
  const threeChars = normaliseDepartment(/^\d$/.test(code) ? `0${code}` : code);
  if (threeChars === null) return null;
  return threeChars.startsWith('0') ? threeChars.slice(1) : threeChars;
}

/** `34276`, `2A004`, `97101`; four digits get their leading zero back. Null when it cannot be one. */
export function communeCodeOf(input: string): string | null {
  const code = input.replace(/\s+/g, '').toUpperCase();
  const padded = /^\d{4}$/.test(code) ? `0${code}` : code;
  return /^(\d{5}|2[AB]\d{3})$/.test(padded) ? padded : null;
}

/** The département of a commune: two characters, three overseas (`97101` → `971`). */
export function departmentOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

/** Postal codes on five digits; a spreadsheet's four come back padded. */
export function postalCodeOf(input: string): string | null {
  const code = input.replace(/\s+/g, '');
  const padded = /^\d{4}$/.test(code) ? `0${code}` : code;
  return /^\d{5}$/.test(padded) ? padded : null;
}

/**
 * The three first digits of a UAI: the département on three digits, Corsica as 620 (2A) and 720 (2B),
 * overseas as its own code (`971…`).
 */
export function uaiPrefixOf(departmentCode: string): string {
  if (departmentCode === '2A') return '620';
  if (departmentCode === '2B') return '720';
  return departmentCode.padStart(3, '0');
}
