import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154139_PublicationDirectors extends Migration {

  override name = 'Migration20261123154139_PublicationDirectors';

  override up(): void | Promise<void> {
    this.addSql(`create table \`publication_director_assignment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`school_uai\` text null, \`commune_insee_code\` text null, \`civility\` text check (\`civility\` in ('MADAME', 'MONSIEUR')) not null, \`first_name\` text not null, \`last_name\` text not null, \`email\` text not null, \`function\` text check (\`function\` in ('SCHOOL_DIRECTOR', 'INTERIM_DIRECTOR', 'CITY_REFERENT', 'OTHER')) not null, \`justification\` text null, \`start_date\` date not null, \`end_date\` date null, \`end_reason\` text null, \`charter_acknowledged_on\` date null, constraint \`publication_director_assignment_school_uai_foreign\` foreign key (\`school_uai\`) references \`school\` (\`uai\`) on delete restrict, constraint \`publication_director_assignment_commune_insee_code_foreign\` foreign key (\`commune_insee_code\`) references \`commune\` (\`insee_code\`) on delete restrict, constraint \`publication_director_one_scope\` check ((school_uai is null) <> (commune_insee_code is null)));`);
    this.addSql(`create index \`publication_director_commune_history\` on \`publication_director_assignment\` (\`commune_insee_code\`, \`start_date\`);`);
    this.addSql(`create index \`publication_director_school_history\` on \`publication_director_assignment\` (\`school_uai\`, \`start_date\`);`);
    this.addSql(`create unique index \`publication_director_one_open_per_commune\` on \`publication_director_assignment\` (\`commune_insee_code\`) where end_date is null;`);
    this.addSql(`create unique index \`publication_director_one_open_per_school\` on \`publication_director_assignment\` (\`school_uai\`) where end_date is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`publication_director_assignment\`;`);
  }

}
