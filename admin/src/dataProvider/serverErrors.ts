import { HttpError } from 'react-admin';
import { ApiUnreachableError, GraphQLResponseError } from './graphqlRequest';

/**
 * HTTP-like statuses for the API's own codes, whose messages are written for the user (in French).
 * react-admin and the authProvider's `checkError` read the status.
 */
const STATUS_BY_CODE: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429,
};

const UNREACHABLE = 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
/** `body.code` of a request that got no GraphQL answer at all (the sign-in page words it in its language). */
export const UNREACHABLE_CODE = 'UNREACHABLE';

const internalError = (requestId: string | null): string =>
  requestId
    ? `Erreur interne du serveur. Communiquez cet identifiant de requête au support : ${requestId}.`
    : 'Erreur interne du serveur. Réessayez plus tard ou contactez le support.';

/**
 * A refusal may list every rule broken (`extensions.violations`, e.g. a council deliberation whose quorum
 * and vote totals are both wrong): each goes under its own input, the first message of a field winning.
 */
function violationsOf(violations: unknown, formFields: ReadonlySet<string>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!Array.isArray(violations)) return errors;
  for (const violation of violations as unknown[]) {
    if (typeof violation !== 'object' || violation === null) continue;
    const { field, message } = violation as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string' && formFields.has(field) && !(field in errors)) errors[field] = message;
  }
  return errors;
}

/**
 * The one mapping from API failures to react-admin's `HttpError`, whose message is shown to the user.
 * A BAD_USER_INPUT (or a CONFLICT on a value) naming one of `formFields` becomes
 * `body.errors = { [field]: message }`, which react-admin's forms display under that input (in pessimistic
 * mutation mode). `body.code` keeps the API's code, so that edit views can offer to reload after a CONFLICT
 * and the sign-in page can word TOO_MANY_ATTEMPTS with `body.retryAfterSeconds`. Anything else is a bug of
 * the console: rethrown.
 */
export function toHttpError(error: unknown, formFields: ReadonlySet<string> = new Set()): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ApiUnreachableError) return new HttpError(UNREACHABLE, error.httpStatus ?? 0, { code: UNREACHABLE_CODE });
  if (!(error instanceof GraphQLResponseError)) throw error;

  const first = error.errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const status = STATUS_BY_CODE[code];
  if (!first || status === undefined) {
    // INTERNAL_SERVER_ERROR, or a request the server refused as malformed (a console out of step with it).
    const requestId = typeof first?.extensions?.requestId === 'string' ? first.extensions.requestId : error.requestId;
    return new HttpError(internalError(requestId), 500, { code });
  }
  const field = first.extensions?.field;
  // A bad value, or one already taken (an e-mail another account uses), belongs under its input. A stale
  // `version` is no input the user typed: edit views explain it (`isConflict`).
  const aboutInput = code === 'BAD_USER_INPUT' || (code === 'CONFLICT' && field !== 'version');
  if (aboutInput && typeof field === 'string' && formFields.has(field)) {
    const errors = { ...violationsOf(first.extensions?.violations, formFields), [field]: first.message };
    return new HttpError(first.message, status, { code, errors });
  }
  const retryAfterSeconds = first.extensions?.retryAfterSeconds;
  return new HttpError(first.message, status, { code, ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}) });
}

/** A record that the API does not have (its `school(uai)`-style queries answer null). */
export const notFoundError = (): HttpError => new HttpError('Élément introuvable.', 404, { code: 'NOT_FOUND' });

/** Errors that the form displays under its inputs, so no notification is needed. */
export const hasFieldErrors = (error: unknown): error is HttpError & { body: { errors: Record<string, string> } } =>
  error instanceof HttpError && typeof error.body?.errors === 'object' && error.body.errors !== null;

/** The record changed since it was read (a CONFLICT that is not about one of the form's inputs). */
export const isConflict = (error: unknown): boolean => error instanceof HttpError && error.body?.code === 'CONFLICT' && !hasFieldErrors(error);
