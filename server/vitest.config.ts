import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    // graphql 16 ships CommonJS (`main`) and ESM (`module`) builds without `exports`: Node (and so the
    // libraries loaded from node_modules) takes the CommonJS one, Vite the ESM one. One copy only, or
    // `instanceof GraphQLScalarType` fails across them.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
