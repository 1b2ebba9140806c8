import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './config.js';
import { buildAppSchema, printSortedSchema } from './schema.js';

describe('committed schema', () => {
  it('is the schema the code builds (run `pnpm schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(repositoryRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(printSortedSchema(await buildAppSchema())).toBe(committed);
  });
});
