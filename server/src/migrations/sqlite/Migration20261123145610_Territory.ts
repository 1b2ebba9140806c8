import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145610_Territory extends Migration {

  override name = 'Migration20261123145610_Territory';

  override up(): void | Promise<void> {
    this.addSql(`create table \`academy\` (\`code\` text not null primary key, \`name\` text not null, \`region_code\` text not null, \`region_name\` text not null, \`served\` integer not null default false);`);

    this.addSql(`create table \`department\` (\`code\` text not null primary key, \`name\` text not null, \`academy_code\` text not null, constraint \`department_academy_code_foreign\` foreign key (\`academy_code\`) references \`academy\` (\`code\`));`);
    this.addSql(`create index \`department_academy_code_index\` on \`department\` (\`academy_code\`);`);

    this.addSql(`create table \`commune\` (\`insee_code\` text not null primary key, \`name\` text not null, \`search_name\` text not null, \`department_code\` text not null, \`siren\` text null, \`postal_codes\` text not null default '', \`population\` integer null, constraint \`commune_department_code_foreign\` foreign key (\`department_code\`) references \`department\` (\`code\`));`);
    this.addSql(`create index \`commune_department_code_index\` on \`commune\` (\`department_code\`);`);
    this.addSql(`create index \`commune_department_code_search_name_index\` on \`commune\` (\`department_code\`, \`search_name\`);`);

    this.addSql(`create table \`circonscription\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text null, \`name\` text not null, \`search_name\` text not null, \`department_code\` text not null, \`ien_name\` text null, constraint \`circonscription_department_code_foreign\` foreign key (\`department_code\`) references \`department\` (\`code\`));`);
    this.addSql(`create unique index \`circonscription_code_unique\` on \`circonscription\` (\`code\`);`);
    this.addSql(`create index \`circonscription_department_code_index\` on \`circonscription\` (\`department_code\`);`);

    this.addSql(`create table \`school\` (\`uai\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`search_name\` text not null, \`kind\` text check (\`kind\` in ('MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE')) not null, \`sector\` text check (\`sector\` in ('PUBLIC', 'PRIVATE')) not null, \`status\` text check (\`status\` in ('OPEN', 'CLOSED')) not null default 'OPEN', \`closed_on\` date null, \`commune_insee_code\` text not null, \`department_code\` text not null, \`circonscription_id\` integer null, \`address\` text null, \`postal_code\` text null, \`email\` text null, \`phone\` text null, \`director_name\` text null, \`director_email\` text null, \`version\` integer not null default 1, constraint \`school_commune_insee_code_foreign\` foreign key (\`commune_insee_code\`) references \`commune\` (\`insee_code\`), constraint \`school_circonscription_id_foreign\` foreign key (\`circonscription_id\`) references \`circonscription\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`school_commune_insee_code_index\` on \`school\` (\`commune_insee_code\`);`);
    this.addSql(`create index \`school_circonscription_id_index\` on \`school\` (\`circonscription_id\`);`);
    this.addSql(`create index \`school_circonscription_id_search_name_index\` on \`school\` (\`circonscription_id\`, \`search_name\`);`);
    this.addSql(`create index \`school_commune_insee_code_search_name_index\` on \`school\` (\`commune_insee_code\`, \`search_name\`);`);
    this.addSql(`create index \`school_department_code_search_name_uai_index\` on \`school\` (\`department_code\`, \`search_name\`, \`uai\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`academy\`;`);
    this.addSql(`drop table if exists \`department\`;`);
    this.addSql(`drop table if exists \`commune\`;`);
    this.addSql(`drop table if exists \`circonscription\`;`);
    this.addSql(`drop table if exists \`school\`;`);
  }

}
