import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { armorConfig } from './hardening.js';
import { drivers } from './test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from './test-support/test-server.js';

/** OWASP GraphQL cheat sheet / ASVS V4.3, V13.4: each rule, checked over HTTP. */
describe.each(drivers)('GraphQL hardening (%s)', (driver) => {
  let server: TestServer;
  let production: TestServer;
  let client: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    production = await startTestServer(driver, { env: 'production' });
    client = await server.signIn();
  });
  afterAll(async () => {
    await server?.close();
    await production?.close();
  });

  it('accepts the deepest query of the schema, and the configured depth rule refuses 11 levels', async () => {
    const deepest = await client.post({ query: '{ schools { nodes { circonscription { department { academy { regionName } } } } } }' });
    expect(deepest.errors).toBeUndefined();
    // The schema has no cycle deeper than 6 levels: the rule is checked on a recursive test schema.
    const nested = buildSchema('type Node { name: String child: Node } type Query { root: Node }');
    const query = (levels: number) => parse(`{ root { ${'child { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`);
    const rule = maxDepthRule(armorConfig(true).maxDepth);
    expect(validate(nested, query(10), [rule])).toEqual([]);
    expect(() => validate(nested, query(11), [rule])).toThrow(/depth limit of 10 exceeded/);
  });

  it('refuses too many aliases and too costly queries', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: academies { totalCount }`).join(' ');
    expect((await client.post({ query: `{ ${aliases} }` })).errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fields = 'uai name kind sector status closedOn address postalCode email phone directorName directorEmail version createdAt updatedAt';
    const costly = Array.from({ length: 14 }, (_, i) => `s${i}: schools { nodes { ${fields} commune { name siren department { name academy { name } } } circonscription { name department { name } } } }`).join(' ');
    expect((await client.post({ query: `{ ${costly} }` })).errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses batched operations and bodies over 1 MB', async () => {
    const batch = await client.post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    const huge = await client.post({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } });
    expect(huge.status).toBe(413);
  });

  it('refuses mutations over GET and requests without a CSRF-safe content type', async () => {
    const overGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { 'apollo-require-preflight': 'true', cookie: client.cookieHeader() } });
    expect(overGet.status).toBe(405);
    const simple = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { cookie: client.cookieHeader() } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers domain errors with their code in production too (not masked as internal)', async () => {
    const response = await production.client().post({ query: 'mutation { login(email: "nobody@test.invalid", password: "x") { id } }' });
    expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('turns introspection and field suggestions off in production', async () => {
    const introspection = await production.client().post({ query: '{ __schema { queryType { name } } }' });
    expect(introspection.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await production.client().post({ query: '{ schoolz { totalCount } }' });
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const devTypo = await client.post({ query: '{ schoolz { totalCount } }' });
    expect(devTypo.errors?.[0]?.message).toMatch(/Did you mean .*"schools"/);
    expect((await client.post({ query: '{ __schema { queryType { name } } }' })).errors).toBeUndefined();
  });
});
