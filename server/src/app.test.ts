import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './test-support/generated/index.js';
import { adminQuery, drivers } from './test-support/databases.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';

const Academies = graphql(`query HealthAcademies { academies { totalCount } }`);

describe.each(drivers)('HTTP server (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server?.close());

  it('answers /healthz with the database status', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: { status: 'ok', driver } });
  });

  it('tags every response with a request id, and every error with it too', async () => {
    const client = await server.signIn();
    const ok = await client.gql(Academies);
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await client.post({ query: '{ nope }' }, { 'x-request-id': 'support-ticket-1234' });
    expect(bad.headers.get('x-request-id')).toBe('support-ticket-1234');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'support-ticket-1234' });
  });

  it('masks unexpected errors: no stack, no SQL, a request id to quote; /healthz says 503', async () => {
    // The database going away turns every statement into an unexpected driver error.
    const broken = await startTestServer(driver);
    const client = await broken.signIn();
    await makeDatabaseUnreachable(broken);
    const response = await client.gql(Academies);
    expect(response.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(response.errors?.[0]?.extensions.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(response.errors)).not.toMatch(/select|stack|at .*\.(js|ts)/i);
    const health = await fetch(`${broken.url}/healthz`);
    expect(health.status).toBe(503);
    await broken.close().catch(() => undefined);
  });

  it('refuses a NUL character (PostgreSQL text cannot hold it) as bad input on its field', async () => {
    const client = await server.signIn();
    const response = await client.post({ query: 'query($q: String) { schools(filter: { q: $q }) { totalCount } }', variables: { q: 'a\u0000b' } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'q' });
  });

  it('refuses mutations without the CSRF preflight header', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { closeSchool(uai: "0340711N", closedOn: "2024-01-01") { uai } }' }),
    });
    expect(response.status).toBe(400);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

async function makeDatabaseUnreachable(server: TestServer): Promise<void> {
  if (server.config.database.driver === 'sqlite') {
    const native = (await server.em().getConnection().getNativeClient()) as { close(): void };
    native.close();
  } else {
    const name = new URL(server.config.database.url).pathname.slice(1);
    await adminQuery(process.env.TEST_DATABASE_URL!, `drop database ${name} with (force)`);
  }
}
