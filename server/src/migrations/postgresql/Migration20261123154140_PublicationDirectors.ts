import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154140_PublicationDirectors extends Migration {

  override name = 'Migration20261123154140_PublicationDirectors';

  override up(): void | Promise<void> {
    // GiST operator classes for `=` on text, for the exclusion constraints below (a trusted extension: the
    // database owner may create it without superuser rights).
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create table "publication_director_assignment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "school_uai" varchar(8) null, "commune_insee_code" varchar(5) null, "civility" text not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "email" varchar(254) not null, "function" text not null, "justification" varchar(500) null, "start_date" date not null, "end_date" date null, "end_reason" varchar(300) null, "charter_acknowledged_on" date null);`);
    this.addSql(`create index "publication_director_commune_history" on "publication_director_assignment" ("commune_insee_code", "start_date");`);
    this.addSql(`create index "publication_director_school_history" on "publication_director_assignment" ("school_uai", "start_date");`);
    this.addSql(`create unique index "publication_director_one_open_per_commune" on "publication_director_assignment" ("commune_insee_code") where end_date is null;`);
    this.addSql(`create unique index "publication_director_one_open_per_school" on "publication_director_assignment" ("school_uai") where end_date is null;`);

    this.addSql(`alter table "publication_director_assignment" add constraint "publication_director_assignment_school_uai_foreign" foreign key ("school_uai") references "school" ("uai") on delete restrict;`);
    this.addSql(`alter table "publication_director_assignment" add constraint "publication_director_assignment_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code") on delete restrict;`);
    this.addSql(`alter table "publication_director_assignment" add constraint "publication_director_one_scope" check ((school_uai is null) <> (commune_insee_code is null));`);
    this.addSql(`alter table "publication_director_assignment" add constraint "publication_director_no_overlap_school" exclude using gist (school_uai with =, daterange(start_date, end_date, '[]') with &&);`);
    this.addSql(`alter table "publication_director_assignment" add constraint "publication_director_no_overlap_commune" exclude using gist (commune_insee_code with =, daterange(start_date, end_date, '[]') with &&);`);
    this.addSql(`alter table "publication_director_assignment" add constraint "publication_director_assignment_civility_check" check ("civility" in ('MADAME', 'MONSIEUR'));`);
    this.addSql(`alter table "publication_director_assignment" add constraint "publication_director_assignment_function_check" check ("function" in ('SCHOOL_DIRECTOR', 'INTERIM_DIRECTOR', 'CITY_REFERENT', 'OTHER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "publication_director_assignment" cascade;`);
  }

}
