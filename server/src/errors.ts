import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import { NotFoundError as OrmNotFoundError, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';

/**
 * The error codes clients may rely on (`extensions.code`). Anything else a resolver throws is masked as
 * INTERNAL_SERVER_ERROR with the request id, so no stack, SQL or internal message ever reaches a client.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input; `field` is the leaf name of the offending input field (`uai`, `limit`…). */
export class InvalidInputError extends DomainError {
  constructor(readonly field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

/** A rule's verdict on an input: the leaf field at fault and why. Pure rules return it; services throw it. */
export interface InputProblem {
  field: string;
  message: string;
}

export function refuseInput(problem: InputProblem | null): void {
  if (problem) throw new InvalidInputError(problem.field, problem.message);
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Vous n’avez pas accès à cette ressource.') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Connexion requise.') {
    super('UNAUTHENTICATED', message);
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_ATTEMPTS', message, { retryAfterSeconds });
  }
}

/** A failure before resolvers run (the session check could not reach the database): masked, with the request id. */
export class RequestSetupError extends Error {
  constructor(readonly requestId: string, cause: unknown) {
    super('request setup failed', { cause });
  }
}

const INTERNAL_MESSAGE = 'Erreur interne. Communiquez l’identifiant de requête au support.';

/**
 * The ORM's own errors that have a meaning for clients: a missing row (`findOneOrFail`), a stale version,
 * a unique constraint that caught a race the service checks could not see.
 */
function fromOrm(error: unknown): DomainError | undefined {
  if (error instanceof OrmNotFoundError) return new NotFoundError('Élément introuvable.');
  if (error instanceof OptimisticLockError) {
    return new ConflictError('Cet élément a été modifié entre-temps par quelqu’un d’autre : rechargez-le avant de l’enregistrer.');
  }
  if (error instanceof UniqueConstraintViolationException) return new ConflictError('Cet élément existe déjà ou vient d’être créé par une autre action.');
  return undefined;
}

/** The first leaf constraint of class-validator's nested errors, so `extensions.field` names the leaf. */
function firstLeaf(errors: ClassValidatorError[]): { field: string; message: string } | undefined {
  for (const error of errors) {
    if (error.children?.length) {
      const leaf = firstLeaf(error.children);
      if (leaf) return leaf;
    }
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field: error.property, message };
  }
  return undefined;
}

/** Codes produced by GraphQL itself (parsing, validation, variable coercion) pass through unchanged. */
const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Variable coercion messages look like `Variable "$input" got invalid value "x" at "input.kind"; …`. */
function coercionField(message: string): string | undefined {
  const at = /at "([\w.[\]]+)"/.exec(message)?.[1];
  if (at) return at.split('.').pop()?.replace(/\[\d+\]$/, '');
  return /^Variable "\$(\w+)"/.exec(message)?.[1] ?? /[Aa]rgument "(\w+)"/.exec(message)?.[1];
}

/**
 * The error a resolver threw, under the wrappers of the executor (graphql-jit's own error objects) and of
 * Apollo (`originalError` chains).
 */
function rootCause(error: unknown): unknown {
  let current = unwrapResolverError(error);
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof DomainError || current instanceof ArgumentValidationError) return current;
    const inner = (current as { originalError?: unknown } | null)?.originalError;
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** Errors a client caused (bad input, rules, missing rows): not worth a server-side error log line. */
export function isExpectedError(error: unknown): boolean {
  const original = rootCause(error);
  return original instanceof DomainError || original instanceof ArgumentValidationError || fromOrm(original) !== undefined
    || original instanceof GraphQLError;
}

/**
 * Apollo's `formatError`: our domain errors keep their code and extensions; validation errors name their
 * field; every other error is masked. The request id is added by the request-id plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = rootCause(error);
  const original = fromOrm(cause) ?? cause;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions } };
  }
  if (original instanceof ArgumentValidationError) {
    const leaf = firstLeaf(original.extensions.validationErrors as unknown as ClassValidatorError[]);
    return {
      ...base,
      message: leaf?.message ?? 'Saisie invalide.',
      extensions: { code: 'BAD_USER_INPUT', ...(leaf ? { field: leaf.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code) && original instanceof GraphQLError) {
    const field = code === 'BAD_USER_INPUT' ? coercionField(formatted.message) : undefined;
    return { ...base, extensions: { code, ...(field ? { field } : {}) } };
  }
  // Apollo wraps a context-creation failure in a GraphQLError of its own.
  const setup = original instanceof GraphQLError ? original.originalError : original;
  const requestId = setup instanceof RequestSetupError ? { requestId: setup.requestId } : {};
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...requestId } };
}
