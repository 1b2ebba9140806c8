import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145610_Territory extends Migration {

  override name = 'Migration20261123145610_Territory';

  override up(): void | Promise<void> {
    this.addSql(`create table "academy" ("code" varchar(2) not null, "name" varchar(100) not null, "region_code" varchar(2) not null, "region_name" varchar(100) not null, "served" boolean not null default false, primary key ("code"));`);

    this.addSql(`create table "department" ("code" varchar(3) not null, "name" varchar(100) not null, "academy_code" varchar(2) not null, primary key ("code"));`);
    this.addSql(`create index "department_academy_code_index" on "department" ("academy_code");`);

    this.addSql(`create table "commune" ("insee_code" varchar(5) not null, "name" varchar(150) not null, "search_name" varchar(150) not null, "department_code" varchar(3) not null, "siren" varchar(9) null, "postal_codes" varchar(255) not null default '', "population" int null, primary key ("insee_code"));`);
    this.addSql(`create index "commune_department_code_search_name_index" on "commune" ("department_code", "search_name");`);

    this.addSql(`create table "circonscription" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) null, "name" varchar(150) not null, "search_name" varchar(150) not null, "department_code" varchar(3) not null, "ien_name" varchar(150) null);`);
    this.addSql(`alter table "circonscription" add constraint "circonscription_code_unique" unique ("code");`);
    this.addSql(`create index "circonscription_department_code_index" on "circonscription" ("department_code");`);

    this.addSql(`create table "school" ("uai" varchar(8) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "search_name" varchar(200) not null, "kind" text not null, "sector" text not null, "status" text not null default 'OPEN', "closed_on" date null, "commune_insee_code" varchar(5) not null, "department_code" varchar(3) not null, "circonscription_id" int null, "address" varchar(200) null, "postal_code" varchar(5) null, "email" varchar(200) null, "phone" varchar(30) null, "director_name" varchar(200) null, "director_email" varchar(200) null, "version" int not null default 1, primary key ("uai"));`);
    this.addSql(`create index "school_circonscription_id_search_name_index" on "school" ("circonscription_id", "search_name");`);
    this.addSql(`create index "school_commune_insee_code_search_name_index" on "school" ("commune_insee_code", "search_name");`);
    this.addSql(`create index "school_department_code_search_name_uai_index" on "school" ("department_code", "search_name", "uai");`);

    this.addSql(`alter table "department" add constraint "department_academy_code_foreign" foreign key ("academy_code") references "academy" ("code");`);

    this.addSql(`alter table "commune" add constraint "commune_department_code_foreign" foreign key ("department_code") references "department" ("code");`);

    this.addSql(`alter table "circonscription" add constraint "circonscription_department_code_foreign" foreign key ("department_code") references "department" ("code");`);

    this.addSql(`alter table "school" add constraint "school_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code");`);
    this.addSql(`alter table "school" add constraint "school_circonscription_id_foreign" foreign key ("circonscription_id") references "circonscription" ("id") on delete set null;`);
    this.addSql(`alter table "school" add constraint "school_kind_check" check ("kind" in ('MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE'));`);
    this.addSql(`alter table "school" add constraint "school_sector_check" check ("sector" in ('PUBLIC', 'PRIVATE'));`);
    this.addSql(`alter table "school" add constraint "school_status_check" check ("status" in ('OPEN', 'CLOSED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "department" drop constraint "department_academy_code_foreign";`);
    this.addSql(`alter table "commune" drop constraint "commune_department_code_foreign";`);
    this.addSql(`alter table "circonscription" drop constraint "circonscription_department_code_foreign";`);
    this.addSql(`alter table "school" drop constraint "school_commune_insee_code_foreign";`);
    this.addSql(`alter table "school" drop constraint "school_circonscription_id_foreign";`);

    this.addSql(`drop table if exists "academy" cascade;`);
    this.addSql(`drop table if exists "department" cascade;`);
    this.addSql(`drop table if exists "commune" cascade;`);
    this.addSql(`drop table if exists "circonscription" cascade;`);
    this.addSql(`drop table if exists "school" cascade;`);
  }

}
