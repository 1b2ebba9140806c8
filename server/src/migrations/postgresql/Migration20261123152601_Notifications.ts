import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152601_Notifications extends Migration {

  override name = 'Migration20261123152601_Notifications';

  override up(): void | Promise<void> {
    this.addSql(`create table "notification" ("id" serial primary key, "kind" varchar(80) not null, "to_email" varchar(254) not null, "subject" varchar(300) not null, "body_text" text not null, "dedupe_key" varchar(200) null, "status" text not null default 'PENDING', "attempts" int not null default 0, "available_at" timestamptz not null, "claimed_until" timestamptz null, "last_error" varchar(500) null, "created_at" timestamptz not null, "sent_at" timestamptz null);`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notification_status_available_at_index" on "notification" ("status", "available_at");`);

    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);

    this.addSql(`alter table "notification" add constraint "notification_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin ; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE DELETE OR UPDATE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);
  }

}
