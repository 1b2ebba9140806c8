import { Migration } from '@mikro-orm/migrations';

export class Migration20261123155253_Incidents extends Migration {

  override name = 'Migration20261123155253_Incidents';

  override up(): void | Promise<void> {
    this.addSql(`create table "incident_counter" ("year" int not null, "last_number" int not null, primary key ("year"));`);

    this.addSql(`create table "saved_incident_filter" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "name" varchar(100) not null, "filter" text not null);`);
    this.addSql(`alter table "saved_incident_filter" add constraint "saved_incident_filter_user_id_name_unique" unique ("user_id", "name");`);

    this.addSql(`create table "incident" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "reporter_role" text not null, "reporter_name" varchar(200) not null, "reporter_email" varchar(254) not null, "school_uai" varchar(8) null, "commune_insee_code" varchar(5) null, "department_code" varchar(3) null, "circonscription_id" int null, "category" text not null, "channel" text not null, "title" varchar(200) not null, "description" text not null, "search_text" varchar(700) not null, "impact" text not null, "urgency" text not null, "priority" text not null, "priority_override_reason" varchar(500) null, "status" text not null, "assignee_id" int null, "reported_at" timestamptz not null, "reported_on" date not null, "owned_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "own_due_at" timestamptz not null, "resolve_due_at" timestamptz not null, "clock_stopped_at" timestamptz null, "resolution_minutes" int null, "resolution" text null, "vendor_reference" varchar(100) null, "escalated_at" timestamptz null, "vendor_answer" text null, "vendor_answered_at" timestamptz null, "parent_id" int null, "dpo_alerted_at" timestamptz null, "version" int not null default 1);`);
    this.addSql(`alter table "incident" add constraint "incident_reference_unique" unique ("reference");`);
    this.addSql(`create index "incident_reported_on_index" on "incident" ("reported_on");`);
    this.addSql(`create index "incident_status_resolved_at_index" on "incident" ("status", "resolved_at");`);
    this.addSql(`create index "incident_department_code_status_index" on "incident" ("department_code", "status");`);
    this.addSql(`create index "incident_status_resolve_due_at_index" on "incident" ("status", "resolve_due_at");`);

    this.addSql(`create table "incident_comment" ("id" serial primary key, "incident_id" int not null, "author_id" int not null, "body" text not null, "internal" boolean not null, "created_at" timestamptz not null);`);

    this.addSql(`create table "incident_clock_stop" ("id" serial primary key, "incident_id" int not null, "started_at" timestamptz not null, "ended_at" timestamptz null);`);

    this.addSql(`create table "incident_attachment" ("id" serial primary key, "incident_id" int not null, "file_id" int not null, "attached_at" timestamptz not null);`);
    this.addSql(`alter table "incident_attachment" add constraint "incident_attachment_file_id_unique" unique ("file_id");`);

    this.addSql(`alter table "saved_incident_filter" add constraint "saved_incident_filter_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "incident" add constraint "incident_school_uai_foreign" foreign key ("school_uai") references "school" ("uai") on delete set null;`);
    this.addSql(`alter table "incident" add constraint "incident_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code") on delete set null;`);
    this.addSql(`alter table "incident" add constraint "incident_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "incident" add constraint "incident_parent_id_foreign" foreign key ("parent_id") references "incident" ("id") on delete set null;`);
    this.addSql(`alter table "incident" add constraint "incident_reporter_role_check" check ("reporter_role" in ('SCHOOL_DIRECTOR', 'TEACHER', 'CPC', 'ERUN', 'ACADEMIC_TEAM', 'PARENT', 'PUPIL'));`);
    this.addSql(`alter table "incident" add constraint "incident_category_check" check ("category" in ('ACCOUNT_LOGIN', 'MESSAGING', 'DOCUMENTS', 'PORTAL_PUBLICATION', 'SCHOOL_LIFE', 'OUTAGE_SLOWNESS', 'PERSONAL_DATA', 'OTHER'));`);
    this.addSql(`alter table "incident" add constraint "incident_channel_check" check ("channel" in ('PHONE', 'EMAIL', 'CONSOLE', 'OTHER'));`);
    this.addSql(`alter table "incident" add constraint "incident_impact_check" check ("impact" in ('LOW', 'MEDIUM', 'HIGH'));`);
    this.addSql(`alter table "incident" add constraint "incident_urgency_check" check ("urgency" in ('LOW', 'MEDIUM', 'HIGH'));`);
    this.addSql(`alter table "incident" add constraint "incident_priority_check" check ("priority" in ('P1', 'P2', 'P3', 'P4', 'P5'));`);
    this.addSql(`alter table "incident" add constraint "incident_status_check" check ("status" in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED'));`);

    this.addSql(`alter table "incident_comment" add constraint "incident_comment_incident_id_foreign" foreign key ("incident_id") references "incident" ("id");`);
    this.addSql(`alter table "incident_comment" add constraint "incident_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id");`);

    this.addSql(`alter table "incident_clock_stop" add constraint "incident_clock_stop_incident_id_foreign" foreign key ("incident_id") references "incident" ("id");`);

    this.addSql(`alter table "incident_attachment" add constraint "incident_attachment_incident_id_foreign" foreign key ("incident_id") references "incident" ("id");`);
    this.addSql(`alter table "incident_attachment" add constraint "incident_attachment_file_id_foreign" foreign key ("file_id") references "stored_file" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "incident" drop constraint "incident_parent_id_foreign";`);
    this.addSql(`alter table "incident_comment" drop constraint "incident_comment_incident_id_foreign";`);
    this.addSql(`alter table "incident_clock_stop" drop constraint "incident_clock_stop_incident_id_foreign";`);
    this.addSql(`alter table "incident_attachment" drop constraint "incident_attachment_incident_id_foreign";`);

    this.addSql(`drop table if exists "incident_counter" cascade;`);
    this.addSql(`drop table if exists "saved_incident_filter" cascade;`);
    this.addSql(`drop table if exists "incident" cascade;`);
    this.addSql(`drop table if exists "incident_comment" cascade;`);
    this.addSql(`drop table if exists "incident_clock_stop" cascade;`);
    this.addSql(`drop table if exists "incident_attachment" cascade;`);
  }

}
