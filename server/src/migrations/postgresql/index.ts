import { Migration20261123215500_IncidentSerialScans } from './Migration20261123215500_IncidentSerialScans.js';
import { Migration20261123183432_IncidentOpenIndexes } from './Migration20261123183432_IncidentOpenIndexes.js';
import { Migration20261123145610_Territory } from './Migration20261123145610_Territory.js';
import { Migration20261123152917_Accounts } from './Migration20261123152917_Accounts.js';
import { Migration20261123153230_Files } from './Migration20261123153230_Files.js';
import { Migration20261123153945_Conventions } from './Migration20261123153945_Conventions.js';
import { Migration20261123154140_PublicationDirectors } from './Migration20261123154140_PublicationDirectors.js';
import { Migration20261123155253_Incidents } from './Migration20261123155253_Incidents.js';
import { Migration20261123160751_DataProtection } from './Migration20261123160751_DataProtection.js';
import { Migration20261123161515_DirectoryImport } from './Migration20261123161515_DirectoryImport.js';
import type { MigrationObject } from '@mikro-orm/core';

/** The PostgreSQL migrations, in order. `pnpm --filter @ent-ecole/server migration:create <Name>` appends to this list. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261123145610_Territory', class: Migration20261123145610_Territory },
  { name: 'Migration20261123152917_Accounts', class: Migration20261123152917_Accounts },
  { name: 'Migration20261123153230_Files', class: Migration20261123153230_Files },
  { name: 'Migration20261123153945_Conventions', class: Migration20261123153945_Conventions },
  { name: 'Migration20261123154140_PublicationDirectors', class: Migration20261123154140_PublicationDirectors },
  { name: 'Migration20261123155253_Incidents', class: Migration20261123155253_Incidents },
  { name: 'Migration20261123160751_DataProtection', class: Migration20261123160751_DataProtection },
  { name: 'Migration20261123161515_DirectoryImport', class: Migration20261123161515_DirectoryImport },
  { name: 'Migration20261123183432_IncidentOpenIndexes', class: Migration20261123183432_IncidentOpenIndexes },
  { name: 'Migration20261123215500_IncidentSerialScans', class: Migration20261123215500_IncidentSerialScans },
];
