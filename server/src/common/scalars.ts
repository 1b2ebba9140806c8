import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from './dates.js';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw invalid(`Date attendue au format AAAA-MM-JJ (reçu ${JSON.stringify(value)}).`);
  return value;
}

/** A calendar date, `YYYY-MM-DD`, validated as a real date. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Date calendaire ISO 8601 `YYYY-MM-DD` (sans heure ni fuseau).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value; // already coerced
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(`Instant ISO 8601 attendu, par exemple 2024-05-02T08:30:00Z (reçu ${JSON.stringify(value)}).`);
  }
  return new Date(value);
}

/** An instant, serialised as UTC ISO-8601 (`2024-05-02T08:30:00.000Z`). */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant ISO 8601 en UTC, par exemple `2024-05-02T08:30:00.000Z`.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(value as string | number);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
