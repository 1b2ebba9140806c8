import fc from 'fast-check';
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema.js';
import { drivers } from './test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from './test-support/test-server.js';

/** Hostile strings, numbers and shapes: what a fuzzer or an attacker sends. */
const nasty = fc.oneof(
  fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', ' ', "' or 1=1 --", '%', '_', '\\', '\u0000', '0340711N', '2024-02-30', '9'.repeat(400), '../../etc/passwd'),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}),
);

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 9, arbitrary: arbitraryFor(type.ofType, depth) }, { weight: 1, arbitrary: nasty });
  if (isListType(type)) return fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value)), nasty);
  if (isInputObjectType(type) && depth < 3) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth + 1)])), { requiredKeys: [] });
  }
  if (isScalarType(type) && type.name === 'Int') return fc.oneof(fc.integer({ min: -5, max: 600 }), nasty);
  return nasty;
}

describe.each(drivers)('fuzzing every operation (%s)', (driver) => {
  let server: TestServer;
  let admin: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    admin = await server.signIn();
  });
  afterAll(() => server?.close());

  it('never answers 500 nor leaks a stack trace, whatever the arguments', async () => {
    const schema = await buildAppSchema();
    const operations: Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).filter((f) => f.name !== 'logout').map((field) => ({ kind: 'mutation' as const, field })),
    ];
    const call = fc.constantFrom(...operations).chain(({ kind, field }) =>
      fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryFor(arg.type)])), { requiredKeys: [] }).map((variables) => ({ kind, field, variables })));
    await fc.assert(
      fc.asyncProperty(call, async ({ kind, field, variables }) => {
        const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
        const query = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
        const response = await admin.post({ query, variables });
        expect(response.status).toBeLessThan(500);
        const body = JSON.stringify(response.errors ?? []);
        expect(body).not.toMatch(/INTERNAL_SERVER_ERROR|\bat \S+\.(js|ts):\d+|SQLITE_|syntax error|relation "/);
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});
