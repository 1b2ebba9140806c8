import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153945_Conventions extends Migration {

  override name = 'Migration20261123153945_Conventions';

  override up(): void | Promise<void> {
    this.addSql(`create table "convention_campaign" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "school_year" varchar(9) not null, "academy_code" varchar(2) not null, "unit_price_cents" int not null, "convention_end_date" date not null, "signatory_name" varchar(200) not null, "signatory_title" varchar(300) not null, "data_controller_wording" varchar(300) not null);`);
    this.addSql(`alter table "convention_campaign" add constraint "convention_campaign_school_year_academy_code_unique" unique ("school_year", "academy_code");`);

    this.addSql(`create table "commune_contact" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "commune_insee_code" varchar(5) not null, "mayor_name" varchar(200) null, "mayor_capacity" varchar(100) null, "town_hall_siret" varchar(14) null, "address" varchar(200) null, "postal_code" varchar(5) null, "town_hall_email" varchar(254) null, "referent_name" varchar(200) null, "referent_email" varchar(254) null, "version" int not null default 1);`);
    this.addSql(`alter table "commune_contact" add constraint "commune_contact_commune_insee_code_unique" unique ("commune_insee_code");`);

    this.addSql(`create table "school_grouping" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "department_code" varchar(3) not null, "version" int not null default 1);`);
    this.addSql(`create index "school_grouping_department_code_index" on "school_grouping" ("department_code");`);

    this.addSql(`create table "school_grouping_commune" ("id" serial primary key, "grouping_id" int not null, "commune_insee_code" varchar(5) not null);`);
    this.addSql(`create index "school_grouping_commune_commune_insee_code_index" on "school_grouping_commune" ("commune_insee_code");`);
    this.addSql(`alter table "school_grouping_commune" add constraint "school_grouping_commune_grouping_id_commune_insee_code_unique" unique ("grouping_id", "commune_insee_code");`);

    this.addSql(`create table "school_payer" ("id" serial primary key, "school_uai" varchar(8) not null, "grouping_id" int not null, "paying_commune_insee_code" varchar(5) not null);`);
    this.addSql(`alter table "school_payer" add constraint "school_payer_school_uai_unique" unique ("school_uai");`);
    this.addSql(`create index "school_payer_paying_commune_insee_code_index" on "school_payer" ("paying_commune_insee_code");`);

    this.addSql(`create table "convention" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "school_year" varchar(9) not null, "commune_insee_code" varchar(5) not null, "department_code" varchar(3) not null, "search_name" varchar(150) not null, "status" text not null, "unit_price_cents" int not null, "amount_cents" int not null, "ends_on" date not null, "sent_on" date null, "commune_signed_on" date null, "academy_signed_on" date null, "cancelled_on" date null, "cancellation_reason" varchar(500) null, "signed_scan_file_id" int null, "version" int not null default 1);`);
    this.addSql(`create index "convention_department_code_search_name_index" on "convention" ("department_code", "search_name");`);
    this.addSql(`create index "convention_school_year_department_code_status_index" on "convention" ("school_year", "department_code", "status");`);
    this.addSql(`create unique index "convention_commune_year_live_unique" on "convention" ("commune_insee_code", "school_year") where cancelled_on is null;`);

    this.addSql(`create table "council_deliberation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "convention_id" int not null, "meeting_date" date not null, "number" varchar(30) not null, "members_in_office" int not null, "present" int not null, "represented" int not null, "absent" int not null, "voters" int not null, "votes_for" int not null, "votes_against" int not null, "abstentions" int not null, "blank_or_spoilt" int null, "secret_ballot" boolean not null, "second_convocation" boolean not null, "first_meeting_date" date null, "president_vote" text null, "secretary" varchar(200) null, "adopted" boolean not null, "quorum_reached" boolean not null, "actes_id" varchar(60) null, "transmitted_on" date null, "received_on" date null, "published_on" date null, "scan_file_id" int null);`);
    this.addSql(`create index "council_deliberation_convention_id_index" on "council_deliberation" ("convention_id");`);

    this.addSql(`create table "convention_amendment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "convention_id" int not null, "number" int not null, "amount_cents" int not null, "commune_signed_on" date null, "academy_signed_on" date null);`);
    this.addSql(`alter table "convention_amendment" add constraint "convention_amendment_convention_id_number_unique" unique ("convention_id", "number");`);

    this.addSql(`create table "convention_payment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "convention_id" int not null, "amendment_id" int null, "school_year" varchar(9) not null, "department_code" varchar(3) not null, "amount_cents" int not null, "issued_on" date not null, "reference" varchar(100) not null, "due_on" date not null, "paid_on" date null, "version" int not null default 1);`);
    this.addSql(`alter table "convention_payment" add constraint "convention_payment_amendment_id_unique" unique ("amendment_id");`);
    this.addSql(`create index "convention_payment_paid_on_due_on_index" on "convention_payment" ("paid_on", "due_on");`);
    this.addSql(`create index "convention_payment_school_year_department_code_index" on "convention_payment" ("school_year", "department_code");`);
    this.addSql(`create unique index "convention_payment_convention_unique" on "convention_payment" ("convention_id") where amendment_id is null;`);

    this.addSql(`create table "convention_school" ("id" serial primary key, "convention_id" int not null, "school_uai" varchar(8) not null, "school_year" varchar(9) not null, "amendment_id" int null, "withdrawn_on" date null);`);
    this.addSql(`create index "convention_school_convention_id_index" on "convention_school" ("convention_id");`);
    this.addSql(`create unique index "convention_school_year_live_unique" on "convention_school" ("school_uai", "school_year") where withdrawn_on is null;`);

    this.addSql(`alter table "convention_campaign" add constraint "convention_campaign_academy_code_foreign" foreign key ("academy_code") references "academy" ("code");`);

    this.addSql(`alter table "commune_contact" add constraint "commune_contact_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code");`);

    this.addSql(`alter table "school_grouping_commune" add constraint "school_grouping_commune_grouping_id_foreign" foreign key ("grouping_id") references "school_grouping" ("id") on delete cascade;`);
    this.addSql(`alter table "school_grouping_commune" add constraint "school_grouping_commune_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code");`);

    this.addSql(`alter table "school_payer" add constraint "school_payer_school_uai_foreign" foreign key ("school_uai") references "school" ("uai");`);
    this.addSql(`alter table "school_payer" add constraint "school_payer_grouping_id_foreign" foreign key ("grouping_id") references "school_grouping" ("id") on delete cascade;`);
    this.addSql(`alter table "school_payer" add constraint "school_payer_paying_commune_insee_code_foreign" foreign key ("paying_commune_insee_code") references "commune" ("insee_code");`);

    this.addSql(`alter table "convention" add constraint "convention_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code");`);
    this.addSql(`alter table "convention" add constraint "convention_signed_scan_file_id_foreign" foreign key ("signed_scan_file_id") references "stored_file" ("id") on delete set null;`);
    this.addSql(`alter table "convention" add constraint "convention_status_check" check ("status" in ('DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED'));`);

    this.addSql(`alter table "council_deliberation" add constraint "council_deliberation_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on delete cascade;`);
    this.addSql(`alter table "council_deliberation" add constraint "council_deliberation_scan_file_id_foreign" foreign key ("scan_file_id") references "stored_file" ("id") on delete set null;`);
    this.addSql(`alter table "council_deliberation" add constraint "council_deliberation_president_vote_check" check ("president_vote" in ('FOR', 'AGAINST', 'ABSTAIN'));`);

    this.addSql(`alter table "convention_amendment" add constraint "convention_amendment_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on delete cascade;`);

    this.addSql(`alter table "convention_payment" add constraint "convention_payment_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on delete cascade;`);
    this.addSql(`alter table "convention_payment" add constraint "convention_payment_amendment_id_foreign" foreign key ("amendment_id") references "convention_amendment" ("id") on delete cascade;`);

    this.addSql(`alter table "convention_school" add constraint "convention_school_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on delete cascade;`);
    this.addSql(`alter table "convention_school" add constraint "convention_school_school_uai_foreign" foreign key ("school_uai") references "school" ("uai");`);
    this.addSql(`alter table "convention_school" add constraint "convention_school_amendment_id_foreign" foreign key ("amendment_id") references "convention_amendment" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "school_grouping_commune" drop constraint "school_grouping_commune_grouping_id_foreign";`);
    this.addSql(`alter table "school_payer" drop constraint "school_payer_grouping_id_foreign";`);
    this.addSql(`alter table "council_deliberation" drop constraint "council_deliberation_convention_id_foreign";`);
    this.addSql(`alter table "convention_amendment" drop constraint "convention_amendment_convention_id_foreign";`);
    this.addSql(`alter table "convention_payment" drop constraint "convention_payment_convention_id_foreign";`);
    this.addSql(`alter table "convention_school" drop constraint "convention_school_convention_id_foreign";`);
    this.addSql(`alter table "convention_payment" drop constraint "convention_payment_amendment_id_foreign";`);
    this.addSql(`alter table "convention_school" drop constraint "convention_school_amendment_id_foreign";`);

    this.addSql(`drop table if exists "convention_campaign" cascade;`);
    this.addSql(`drop table if exists "commune_contact" cascade;`);
    this.addSql(`drop table if exists "school_grouping" cascade;`);
    this.addSql(`drop table if exists "school_grouping_commune" cascade;`);
    this.addSql(`drop table if exists "school_payer" cascade;`);
    this.addSql(`drop table if exists "convention" cascade;`);
    this.addSql(`drop table if exists "council_deliberation" cascade;`);
    this.addSql(`drop table if exists "convention_amendment" cascade;`);
    this.addSql(`drop table if exists "convention_payment" cascade;`);
    this.addSql(`drop table if exists "convention_school" cascade;`);
  }

}
