import { expect, vi } from 'vitest';

/** A request the console sent to /graphql. */
export interface SentRequest {
  query: string;
  variables: Record<string, unknown>;
}

interface StubAnswer {
  body: unknown;
  status?: number;
  headers?: Record<string, string>;
}

/**
 * For tests: replaces `fetch` with a fake /graphql that checks what every request of the console carries
 * (its own origin, the session cookie, the header of Apollo's CSRF prevention) and answers with
 * `answer(request)`. Returns the requests sent, in order; `vi.unstubAllGlobals()` puts `fetch` back.
 */
export function stubGraphqlEndpoint(answer: (request: SentRequest) => StubAnswer): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    expect(url).toBe('/graphql');
    expect(init.credentials).toBe('include');
    expect(new Headers(init.headers).get('apollo-require-preflight')).toBe('true');
    const request = JSON.parse(String(init.body)) as SentRequest;
    sent.push(request);
    const { body, status = 200, headers = {} } = answer(request);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  });
  return sent;
}
