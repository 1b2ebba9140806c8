import type { Grant } from '../auth/permissions';
import { oneOf } from '../dataProvider/values';
import { formatDate } from '../format/frenchFormats';
import { ROLES, SCOPE_LEVELS } from '../grants/grantEnums';

/** `before` / `after` of a change as the API gives them (JSON text), back to a value. */
export function parseAuditValue(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Words the description needs in the console's language. */
export interface ValueWords {
  none: string;
  yes: string;
  no: string;
}

/** A value for reading: dates the French way (Paris time), lists comma-separated, nothing as a dash. */
export function describeAuditValue(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length ? value.map((item) => describeAuditValue(item, words)).join(', ') : words.none;
  if (typeof value === 'string') {
    if (INSTANT.test(value)) return formatDate(value, { withTime: true });
    return CALENDAR_DATE.test(value) ? formatDate(value) : value;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const GRANT_SUMMARY = /^(\w+)@(\w+):(.+)$/;

/**
 * A user's grants as the trail writes them (`ERUN@CIRCONSCRIPTION:1`), or undefined when the value is
 * something else, so that they can be shown in words.
 */
export function grantsOfAuditValue(value: unknown): Grant[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const grants: Grant[] = [];
  for (const item of value) {
    const match = typeof item === 'string' ? GRANT_SUMMARY.exec(item) : null;
    const role = oneOf(ROLES, match?.[1]);
    const scopeLevel = oneOf(SCOPE_LEVELS, match?.[2]);
    if (!match?.[3] || !role || !scopeLevel) return undefined;
    grants.push({ role, scopeLevel, scopeCode: match[3] });
  }
  return grants;
}
