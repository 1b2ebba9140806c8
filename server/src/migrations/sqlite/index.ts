import { Migration20261123183428_IncidentOpenIndexes } from './Migration20261123183428_IncidentOpenIndexes.js';
import { Migration20261123145610_Territory } from './Migration20261123145610_Territory.js';
import { Migration20261123152916_Accounts } from './Migration20261123152916_Accounts.js';
import { Migration20261123153229_Files } from './Migration20261123153229_Files.js';
import { Migration20261123153944_Conventions } from './Migration20261123153944_Conventions.js';
import { Migration20261123154139_PublicationDirectors } from './Migration20261123154139_PublicationDirectors.js';
import { Migration20261123155252_Incidents } from './Migration20261123155252_Incidents.js';
import { Migration20261123160749_DataProtection } from './Migration20261123160749_DataProtection.js';
import { Migration20261123161513_DirectoryImport } from './Migration20261123161513_DirectoryImport.js';
import type { MigrationObject } from '@mikro-orm/core';

/** The SQLite migrations, in order. `pnpm --filter @ent-ecole/server migration:create <Name>` appends to this list. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261123145610_Territory', class: Migration20261123145610_Territory },
  { name: 'Migration20261123152916_Accounts', class: Migration20261123152916_Accounts },
  { name: 'Migration20261123153229_Files', class: Migration20261123153229_Files },
  { name: 'Migration20261123153944_Conventions', class: Migration20261123153944_Conventions },
  { name: 'Migration20261123154139_PublicationDirectors', class: Migration20261123154139_PublicationDirectors },
  { name: 'Migration20261123155252_Incidents', class: Migration20261123155252_Incidents },
  { name: 'Migration20261123160749_DataProtection', class: Migration20261123160749_DataProtection },
  { name: 'Migration20261123161513_DirectoryImport', class: Migration20261123161513_DirectoryImport },
  { name: 'Migration20261123183428_IncidentOpenIndexes', class: Migration20261123183428_IncidentOpenIndexes },
];
