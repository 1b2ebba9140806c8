import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152917_Accounts extends Migration {

  override name = 'Migration20261123152917_Accounts';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor_user_id" int null, "actor_email" varchar(254) null, "request_id" varchar(64) null, "operation" varchar(80) not null, "target_type" varchar(60) null, "target_id" varchar(80) null, "changes" text null, "chain_position" bigint null, "previous_hash" varchar(64) null, "hash" varchar(64) null);`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_chain_position_unique" unique ("chain_position");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_user_id_at_index" on "audit_entry" ("actor_user_id", "at");`);
    this.addSql(`create index "audit_entry_target_type_target_id_index" on "audit_entry" ("target_type", "target_id");`);

    this.addSql(`create table "login_attempt" ("id" serial primary key, "email" varchar(254) not null, "ip" varchar(64) null, "at" timestamptz not null, "succeeded" boolean not null);`);
    this.addSql(`create index "login_attempt_ip_at_index" on "login_attempt" ("ip", "at");`);
    this.addSql(`create index "login_attempt_email_at_index" on "login_attempt" ("email", "at");`);

    this.addSql(`create table "notification" ("id" serial primary key, "kind" varchar(80) not null, "to_email" varchar(254) not null, "subject" varchar(300) not null, "body_text" text not null, "dedupe_key" varchar(200) null, "status" text not null default 'PENDING', "attempts" int not null default 0, "available_at" timestamptz not null, "claimed_until" timestamptz null, "last_error" varchar(500) null, "created_at" timestamptz not null, "sent_at" timestamptz null);`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_status_available_at_index" on "notification" ("status", "available_at");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" varchar(200) not null, "active" boolean not null default true, "password_changed_at" timestamptz null, "last_login_at" timestamptz null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(300) null, primary key ("id"));`);
    this.addSql(`create index "session_user_id_revoked_at_index" on "session" ("user_id", "revoked_at");`);

    this.addSql(`create table "user_grant" ("id" serial primary key, "user_id" int not null, "role" text not null, "scope_level" text not null, "scope_code" varchar(20) not null);`);
    this.addSql(`alter table "user_grant" add constraint "user_grant_user_id_role_scope_level_scope_code_unique" unique ("user_id", "role", "scope_level", "scope_code");`);

    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then raise exception 'audit_entry is append-only'; end if; if old.hash is not null or (new.id, new.at, new.actor_user_id, new.actor_email, new.request_id, new.operation, new.target_type, new.target_id, new.changes) is distinct from (old.id, old.at, old.actor_user_id, old.actor_email, old.request_id, old.operation, old.target_type, old.target_id, old.changes) then raise exception 'audit_entry is append-only: an entry is sealed once and never changed'; end if; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);

    this.addSql(`alter table "notification" add constraint "notification_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED'));`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "user_grant" add constraint "user_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "user_grant" add constraint "user_grant_role_check" check ("role" in ('ADMIN', 'ACADEMIC_TEAM', 'DPO', 'ERUN', 'SUPPORT'));`);
    this.addSql(`alter table "user_grant" add constraint "user_grant_scope_level_check" check ("scope_level" in ('REGION', 'ACADEMY', 'DEPARTMENT', 'CIRCONSCRIPTION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "user_grant" drop constraint "user_grant_user_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "login_attempt" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "user_grant" cascade;`);
  }

}
