import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153944_Conventions extends Migration {

  override name = 'Migration20261123153944_Conventions';

  override up(): void | Promise<void> {
    this.addSql(`create table \`convention_campaign\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`school_year\` text not null, \`academy_code\` text not null, \`unit_price_cents\` integer not null, \`convention_end_date\` date not null, \`signatory_name\` text not null, \`signatory_title\` text not null, \`data_controller_wording\` text not null, constraint \`convention_campaign_academy_code_foreign\` foreign key (\`academy_code\`) references \`academy\` (\`code\`));`);
    this.addSql(`create index \`convention_campaign_academy_code_index\` on \`convention_campaign\` (\`academy_code\`);`);
    this.addSql(`create unique index \`convention_campaign_school_year_academy_code_unique\` on \`convention_campaign\` (\`school_year\`, \`academy_code\`);`);

    this.addSql(`create table \`commune_contact\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`commune_insee_code\` text not null, \`mayor_name\` text null, \`mayor_capacity\` text null, \`town_hall_siret\` text null, \`address\` text null, \`postal_code\` text null, \`town_hall_email\` text null, \`referent_name\` text null, \`referent_email\` text null, \`version\` integer not null default 1, constraint \`commune_contact_commune_insee_code_foreign\` foreign key (\`commune_insee_code\`) references \`commune\` (\`insee_code\`));`);
    this.addSql(`create index \`commune_contact_commune_insee_code_index\` on \`commune_contact\` (\`commune_insee_code\`);`);
    this.addSql(`create unique index \`commune_contact_commune_insee_code_unique\` on \`commune_contact\` (\`commune_insee_code\`);`);

    this.addSql(`create table \`school_grouping\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`department_code\` text not null, \`version\` integer not null default 1);`);
    this.addSql(`create index \`school_grouping_department_code_index\` on \`school_grouping\` (\`department_code\`);`);

    this.addSql(`create table \`school_grouping_commune\` (\`id\` integer not null primary key autoincrement, \`grouping_id\` integer not null, \`commune_insee_code\` text not null, constraint \`school_grouping_commune_grouping_id_foreign\` foreign key (\`grouping_id\`) references \`school_grouping\` (\`id\`) on delete cascade, constraint \`school_grouping_commune_commune_insee_code_foreign\` foreign key (\`commune_insee_code\`) references \`commune\` (\`insee_code\`));`);
    this.addSql(`create index \`school_grouping_commune_grouping_id_index\` on \`school_grouping_commune\` (\`grouping_id\`);`);
    this.addSql(`create index \`school_grouping_commune_commune_insee_code_index\` on \`school_grouping_commune\` (\`commune_insee_code\`);`);
    this.addSql(`create unique index \`school_grouping_commune_grouping_id_commune_insee_code_unique\` on \`school_grouping_commune\` (\`grouping_id\`, \`commune_insee_code\`);`);

    this.addSql(`create table \`school_payer\` (\`id\` integer not null primary key autoincrement, \`school_uai\` text not null, \`grouping_id\` integer not null, \`paying_commune_insee_code\` text not null, constraint \`school_payer_school_uai_foreign\` foreign key (\`school_uai\`) references \`school\` (\`uai\`), constraint \`school_payer_grouping_id_foreign\` foreign key (\`grouping_id\`) references \`school_grouping\` (\`id\`) on delete cascade, constraint \`school_payer_paying_commune_insee_code_foreign\` foreign key (\`paying_commune_insee_code\`) references \`commune\` (\`insee_code\`));`);
    this.addSql(`create index \`school_payer_school_uai_index\` on \`school_payer\` (\`school_uai\`);`);
    this.addSql(`create unique index \`school_payer_school_uai_unique\` on \`school_payer\` (\`school_uai\`);`);
    this.addSql(`create index \`school_payer_grouping_id_index\` on \`school_payer\` (\`grouping_id\`);`);
    this.addSql(`create index \`school_payer_paying_commune_insee_code_index\` on \`school_payer\` (\`paying_commune_insee_code\`);`);

    this.addSql(`create table \`convention\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`school_year\` text not null, \`commune_insee_code\` text not null, \`department_code\` text not null, \`search_name\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED')) not null, \`unit_price_cents\` integer not null, \`amount_cents\` integer not null, \`ends_on\` date not null, \`sent_on\` date null, \`commune_signed_on\` date null, \`academy_signed_on\` date null, \`cancelled_on\` date null, \`cancellation_reason\` text null, \`signed_scan_file_id\` integer null, \`version\` integer not null default 1, constraint \`convention_commune_insee_code_foreign\` foreign key (\`commune_insee_code\`) references \`commune\` (\`insee_code\`), constraint \`convention_signed_scan_file_id_foreign\` foreign key (\`signed_scan_file_id\`) references \`stored_file\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`convention_commune_insee_code_index\` on \`convention\` (\`commune_insee_code\`);`);
    this.addSql(`create index \`convention_signed_scan_file_id_index\` on \`convention\` (\`signed_scan_file_id\`);`);
    this.addSql(`create index \`convention_department_code_search_name_index\` on \`convention\` (\`department_code\`, \`search_name\`);`);
    this.addSql(`create index \`convention_school_year_department_code_status_index\` on \`convention\` (\`school_year\`, \`department_code\`, \`status\`);`);
    this.addSql(`create unique index \`convention_commune_year_live_unique\` on \`convention\` (\`commune_insee_code\`, \`school_year\`) where cancelled_on is null;`);

    this.addSql(`create table \`council_deliberation\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`convention_id\` integer not null, \`meeting_date\` date not null, \`number\` text not null, \`members_in_office\` integer not null, \`present\` integer not null, \`represented\` integer not null, \`absent\` integer not null, \`voters\` integer not null, \`votes_for\` integer not null, \`votes_against\` integer not null, \`abstentions\` integer not null, \`blank_or_spoilt\` integer null, \`secret_ballot\` integer not null, \`second_convocation\` integer not null, \`first_meeting_date\` date null, \`president_vote\` text check (\`president_vote\` in ('FOR', 'AGAINST', 'ABSTAIN')) null, \`secretary\` text null, \`adopted\` integer not null, \`quorum_reached\` integer not null, \`actes_id\` text null, \`transmitted_on\` date null, \`received_on\` date null, \`published_on\` date null, \`scan_file_id\` integer null, constraint \`council_deliberation_convention_id_foreign\` foreign key (\`convention_id\`) references \`convention\` (\`id\`) on delete cascade, constraint \`council_deliberation_scan_file_id_foreign\` foreign key (\`scan_file_id\`) references \`stored_file\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`council_deliberation_scan_file_id_index\` on \`council_deliberation\` (\`scan_file_id\`);`);
    this.addSql(`create index \`council_deliberation_convention_id_index\` on \`council_deliberation\` (\`convention_id\`);`);

    this.addSql(`create table \`convention_amendment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`convention_id\` integer not null, \`number\` integer not null, \`amount_cents\` integer not null, \`commune_signed_on\` date null, \`academy_signed_on\` date null, constraint \`convention_amendment_convention_id_foreign\` foreign key (\`convention_id\`) references \`convention\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`convention_amendment_convention_id_index\` on \`convention_amendment\` (\`convention_id\`);`);
    this.addSql(`create unique index \`convention_amendment_convention_id_number_unique\` on \`convention_amendment\` (\`convention_id\`, \`number\`);`);

    this.addSql(`create table \`convention_payment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`convention_id\` integer not null, \`amendment_id\` integer null, \`school_year\` text not null, \`department_code\` text not null, \`amount_cents\` integer not null, \`issued_on\` date not null, \`reference\` text not null, \`due_on\` date not null, \`paid_on\` date null, \`version\` integer not null default 1, constraint \`convention_payment_convention_id_foreign\` foreign key (\`convention_id\`) references \`convention\` (\`id\`) on delete cascade, constraint \`convention_payment_amendment_id_foreign\` foreign key (\`amendment_id\`) references \`convention_amendment\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`convention_payment_convention_id_index\` on \`convention_payment\` (\`convention_id\`);`);
    this.addSql(`create index \`convention_payment_amendment_id_index\` on \`convention_payment\` (\`amendment_id\`);`);
    this.addSql(`create unique index \`convention_payment_amendment_id_unique\` on \`convention_payment\` (\`amendment_id\`);`);
    this.addSql(`create index \`convention_payment_paid_on_due_on_index\` on \`convention_payment\` (\`paid_on\`, \`due_on\`);`);
    this.addSql(`create index \`convention_payment_school_year_department_code_index\` on \`convention_payment\` (\`school_year\`, \`department_code\`);`);
    this.addSql(`create unique index \`convention_payment_convention_unique\` on \`convention_payment\` (\`convention_id\`) where amendment_id is null;`);

    this.addSql(`create table \`convention_school\` (\`id\` integer not null primary key autoincrement, \`convention_id\` integer not null, \`school_uai\` text not null, \`school_year\` text not null, \`amendment_id\` integer null, \`withdrawn_on\` date null, constraint \`convention_school_convention_id_foreign\` foreign key (\`convention_id\`) references \`convention\` (\`id\`) on delete cascade, constraint \`convention_school_school_uai_foreign\` foreign key (\`school_uai\`) references \`school\` (\`uai\`), constraint \`convention_school_amendment_id_foreign\` foreign key (\`amendment_id\`) references \`convention_amendment\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`convention_school_school_uai_index\` on \`convention_school\` (\`school_uai\`);`);
    this.addSql(`create index \`convention_school_amendment_id_index\` on \`convention_school\` (\`amendment_id\`);`);
    this.addSql(`create index \`convention_school_convention_id_index\` on \`convention_school\` (\`convention_id\`);`);
    this.addSql(`create unique index \`convention_school_year_live_unique\` on \`convention_school\` (\`school_uai\`, \`school_year\`) where withdrawn_on is null;`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`convention_campaign\`;`);
    this.addSql(`drop table if exists \`commune_contact\`;`);
    this.addSql(`drop table if exists \`school_grouping\`;`);
    this.addSql(`drop table if exists \`school_grouping_commune\`;`);
    this.addSql(`drop table if exists \`school_payer\`;`);
    this.addSql(`drop table if exists \`convention\`;`);
    this.addSql(`drop table if exists \`council_deliberation\`;`);
    this.addSql(`drop table if exists \`convention_amendment\`;`);
    this.addSql(`drop table if exists \`convention_payment\`;`);
    this.addSql(`drop table if exists \`convention_school\`;`);
  }

}
