import { HttpError } from 'react-admin';
import { ApiUnreachableError, GraphQLResponseError } from './graphqlRequest';

/**
 * HTTP-like statuses for the API's own codes, whose messages are written for the user (in French).
 * react-admin (and the future authProvider's `checkError`) read the status.
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

const internalError = (requestId: string | null): string =>
  requestId
    ? `Erreur interne du serveur. Communiquez cet identifiant de requête au support : ${requestId}.`
    : 'Erreur interne du serveur. Réessayez plus tard ou contactez le support.';

/**
 * The one mapping from API failures to react-admin's `HttpError`, whose message is shown to the user.
 * A BAD_USER_INPUT naming one of `formFields` becomes `body.errors = { [field]: message }`, which
 * react-admin's forms display under that input (in pessimistic mutation mode). A CONFLICT keeps its code
 * in `body.code` so that edit views can offer to reload. Anything else is a bug of the console: rethrown.
 */
export function toHttpError(error: unknown, formFields: ReadonlySet<string> = new Set()): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ApiUnreachableError) return new HttpError(UNREACHABLE, error.httpStatus ?? 0);
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
  if (code === 'BAD_USER_INPUT' && typeof field === 'string' && formFields.has(field)) {
    return new HttpError(first.message, status, { code, errors: { [field]: first.message } });
  }
  return new HttpError(first.message, status, { code });
}

/** A record that the API does not have (its `school(uai)`-style queries answer null). */
export const notFoundError = (): HttpError => new HttpError('Élément introuvable.', 404, { code: 'NOT_FOUND' });

export const isConflict = (error: unknown): boolean => error instanceof HttpError && error.body?.code === 'CONFLICT';

/** Errors that the form displays under its inputs, so no notification is needed. */
export const hasFieldErrors = (error: unknown): boolean =>
  error instanceof HttpError && typeof error.body?.errors === 'object' && error.body.errors !== null;
