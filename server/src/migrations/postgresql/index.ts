import { Migration20261123161515_DirectoryImport } from './Migration20261123161515_DirectoryImport.js';
import { Migration20261123153230_Files } from './Migration20261123153230_Files.js';
import { Migration20261123145610_Territory } from './Migration20261123145610_Territory.js';
import { Migration20261123152917_Accounts } from './Migration20261123152917_Accounts.js';
import type { MigrationObject } from '@mikro-orm/core';

/** The PostgreSQL migrations, in order. `pnpm --filter @ent-ecole/server migration:create <Name>` appends to this list. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261123145610_Territory', class: Migration20261123145610_Territory },
  { name: 'Migration20261123152917_Accounts', class: Migration20261123152917_Accounts },
  { name: 'Migration20261123153230_Files', class: Migration20261123153230_Files },
  { name: 'Migration20261123161515_DirectoryImport', class: Migration20261123161515_DirectoryImport },
];
