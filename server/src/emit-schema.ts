/**
 * Writes schema/schema.graphql from the code (`pnpm schema`), or with `--check` fails when the committed
 * file differs, so that a schema change never lands without its reviewed diff.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './config.js';
import { buildAppSchema, printSortedSchema } from './schema.js';

const file = path.join(repositoryRoot, 'schema', 'schema.graphql');
const printed = printSortedSchema(await buildAppSchema());
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== printed) {
    console.error('schema/schema.graphql is out of date with the code: run `pnpm schema` and commit the file.');
    process.exit(1);
  }
} else {
  fs.writeFileSync(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
