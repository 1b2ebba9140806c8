import { Migration20261123152601_Notifications } from './Migration20261123152601_Notifications.js';
import { Migration20261123151453_Accounts } from './Migration20261123151453_Accounts.js';
import { Migration20261123145610_Territory } from './Migration20261123145610_Territory.js';
import type { MigrationObject } from '@mikro-orm/core';

/** The PostgreSQL migrations, in order. `pnpm --filter @ent-ecole/server migration:create <Name>` appends to this list. */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261123145610_Territory',
  class: Migration20261123145610_Territory },
  { name: 'Migration20261123151453_Accounts',
  class: Migration20261123151453_Accounts },
  { name: 'Migration20261123152601_Notifications', class: Migration20261123152601_Notifications },
];
