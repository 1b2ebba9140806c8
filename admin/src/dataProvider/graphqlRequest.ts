import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';

/** The API answered with GraphQL errors (or an HTTP error without data). */
export class GraphQLResponseError extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly httpStatus: number,
    /** The server's `x-request-id`, for errors that carry none in their extensions. */
    readonly requestId: string | null,
  ) {
    super(errors[0]?.message ?? `HTTP ${httpStatus}`);
    this.name = 'GraphQLResponseError';
  }
}

/** The API could not be reached at all (network down, server stopped, proxy error page). */
export class ApiUnreachableError extends Error {
  constructor(readonly httpStatus: number | null) {
    super(httpStatus === null ? 'network error' : `HTTP ${httpStatus} without a GraphQL answer`);
    this.name = 'ApiUnreachableError';
  }
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLFormattedError[];
}

// Documents are constants: print each one once.
const printed = new WeakMap<DocumentNode, string>();
const queryText = (document: DocumentNode): string => {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
};

/**
 * Sends one typed document to the API: POST on the console's own origin (the server, or the Vite dev
 * proxy), with the session cookie, and the header that Apollo's CSRF prevention asks for.
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: queryText(document), variables }),
    });
  } catch {
    throw new ApiUnreachableError(null);
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponseBody<TResult> | null;
  if (!body) throw new ApiUnreachableError(response.status);
  if (body.errors?.length || !body.data) {
    throw new GraphQLResponseError(body.errors ?? [], response.status, response.headers.get('x-request-id'));
  }
  return body.data;
}
