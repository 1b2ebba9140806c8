import type { CheckConstraint, EntityMetadata } from '@mikro-orm/core';
import { SqlitePlatform, type AbstractSqlPlatform } from '@mikro-orm/sql';

/**
 * On PostgreSQL, no two periods of one scope may overlap, closed ones included: exclusion constraints on
 * the inclusive date range (`btree_gist`, created by the migration, gives `=` on text to GiST). Declared in
 * the metadata so that the ORM keeps them in every later diff. SQLite has no exclusion constraints: there
 * the partial unique indexes keep one open period per scope, and the service (which serialises the writes
 * of a scope) refuses overlapping closed ones.
 */
const EXCLUSIONS: CheckConstraint[] = ['school_uai', 'commune_insee_code'].map((column) => ({
  name: `publication_director_no_overlap_${column === 'school_uai' ? 'school' : 'commune'}`,
  expression: `exclude using gist (${column} with =, daterange(start_date, end_date, '[]') with &&)`,
}));

/** `discovery.onMetadata` hook. */
export function declarePublicationDirectorConstraints(meta: EntityMetadata, platform: AbstractSqlPlatform): void {
  if (meta.tableName === 'publication_director_assignment' && !(platform instanceof SqlitePlatform)) meta.checks.push(...EXCLUSIONS);
}
