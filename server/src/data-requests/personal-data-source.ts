/** The shape of a personal-data source (see personal-data-sources.ts for the list and how to add one). */
import type { EntityManager } from '../database/orm.js';
import { toBool, toInstant, toIsoDate } from '../common/sql.js';

/** The person an access request is about, as the sources look them up. */
export interface PersonSought {
  firstName: string;
  lastName: string;
  /** Lower case; null when the person gave none (sources that only know e-mails find nothing). */
  email: string | null;
  /** Their back-office accounts (`app_user.id`), found once by e-mail. */
  accountIds: readonly number[];
}

export interface PersonalDataSource {
  /** Key in the archive and name of its CSV file, in French: `comptes`, `sessions`… */
  name: string;
  /** What it holds, in French, for the person who reads the archive. */
  description: string;
  collect(em: EntityManager, person: PersonSought): Promise<Array<Record<string, unknown>>>;
}

/** Column types the drivers return differently (SQLite: epoch milliseconds, 0/1; PostgreSQL: Date objects). */
export interface ColumnTypes {
  instants?: readonly string[];
  dates?: readonly string[];
  booleans?: readonly string[];
}

/** Rows as the archive shows them, whatever the driver: ISO instants and dates, true/false. */
export function plainRows(found: ReadonlyArray<Record<string, unknown>>, types: ColumnTypes): Array<Record<string, unknown>> {
  return found.map((row) => {
    const plain = { ...row };
    for (const key of types.instants ?? []) plain[key] = toInstant(row[key])?.toISOString() ?? null;
    for (const key of types.dates ?? []) plain[key] = toIsoDate(row[key]);
    for (const key of types.booleans ?? []) plain[key] = row[key] == null ? null : toBool(row[key]);
    return plain;
  });
}
