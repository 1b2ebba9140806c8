import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { APIRequestContext } from 'playwright-core';
import { graphql } from '../../generated/index.js';

/** The demo accounts' password, given to the server as DEMO_PASSWORD (development mode only). */
export const DEMO_PASSWORD = 'Parcours-e2e-Occitanie-2026!';

/** Demo accounts the server creates in development mode, one per role. */
export const DEMO_ACCOUNTS = {
  academicTeam: 'academie@ent-ecole.test',
  admin: 'admin@ent-ecole.test',
  dpo: 'dpo@ent-ecole.test',
  support: 'support@ent-ecole.test',
  erunPicSaintLoup: 'erun-34@ent-ecole.test',
  erunAlbi: 'erun-81@ent-ecole.test',
} as const;

const Login = graphql(`
  mutation E2eLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

/** One typed GraphQL call through a Playwright request context (which keeps the session cookie). */
export async function apiRequest<TResult, TVariables>(http: APIRequestContext, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await http.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query: print(document), variables },
  });
  const body = (await response.json()) as { data?: TResult; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Opens a session for an account through the API, in the browser context whose cookie jar the pages
 * share: quicker than the login page, which the sign-in journeys go through.
 */
export async function signIn(http: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  await apiRequest(http, Login, { email, password });
}
