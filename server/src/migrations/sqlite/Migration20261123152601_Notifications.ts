import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152601_Notifications extends Migration {

  override name = 'Migration20261123152601_Notifications';

  override up(): void | Promise<void> {
    this.addSql(`create table \`notification\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`to_email\` text not null, \`subject\` text not null, \`body_text\` text not null, \`dedupe_key\` text null, \`status\` text check (\`status\` in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`available_at\` datetime not null, \`claimed_until\` datetime null, \`last_error\` text null, \`created_at\` datetime not null, \`sent_at\` datetime null);`);
    this.addSql(`create unique index \`notification_dedupe_key_unique\` on \`notification\` (\`dedupe_key\`);`);
    this.addSql(`create index \`notification_status_available_at_index\` on \`notification\` (\`status\`, \`available_at\`);`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`audit_entry__temp_alter\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_user_id\` integer null, \`actor_email\` text null, \`request_id\` text null, \`operation\` text not null, \`target_type\` text null, \`target_id\` text null, \`changes\` text null, \`chain_position\` bigint null, \`previous_hash\` text null, \`hash\` text null);`);
    this.addSql(`insert into \`audit_entry__temp_alter\` select \`id\`, \`at\`, \`actor_user_id\`, \`actor_email\`, \`request_id\`, \`operation\`, \`target_type\`, \`target_id\`, \`changes\`, \`chain_position\`, \`previous_hash\`, \`hash\` from \`audit_entry\`;`);
    this.addSql(`drop table \`audit_entry\`;`);
    this.addSql(`alter table \`audit_entry__temp_alter\` rename to \`audit_entry\`;`);
    this.addSql(`create unique index \`audit_entry_chain_position_unique\` on \`audit_entry\` (\`chain_position\`);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_actor_user_id_at_index\` on \`audit_entry\` (\`actor_user_id\`, \`at\`);`);
    this.addSql(`create index \`audit_entry_target_type_target_id_index\` on \`audit_entry\` (\`target_type\`, \`target_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`notification\`;`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`audit_entry__temp_alter\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_user_id\` INTEGER null, \`actor_email\` TEXT null, \`request_id\` TEXT null, \`operation\` TEXT not null, \`target_type\` TEXT null, \`target_id\` TEXT null, \`changes\` TEXT null, \`chain_position\` bigint null, \`previous_hash\` TEXT null, \`hash\` TEXT null);`);
    this.addSql(`insert into \`audit_entry__temp_alter\` select \`id\`, \`at\`, \`actor_user_id\`, \`actor_email\`, \`request_id\`, \`operation\`, \`target_type\`, \`target_id\`, \`changes\`, \`chain_position\`, \`previous_hash\`, \`hash\` from \`audit_entry\`;`);
    this.addSql(`drop table \`audit_entry\`;`);
    this.addSql(`alter table \`audit_entry__temp_alter\` rename to \`audit_entry\`;`);
    this.addSql(`create index \`audit_entry_target_type_target_id_index\` on \`audit_entry\` (\`target_type\`, \`target_id\`);`);
    this.addSql(`create index \`audit_entry_actor_user_id_at_index\` on \`audit_entry\` (\`actor_user_id\`, \`at\`);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create unique index \`audit_entry_chain_position_unique\` on \`audit_entry\` (\`chain_position\`);`);
    this.addSql(`create trigger \`audit_entry_no_delete\` BEFORE DELETE on \`audit_entry\` for each ROW begin select raise(abort, 'audit_entry is app; end;
create trigger \`audit_entry_seal_once\` BEFORE UPDATE on \`audit_entry\` for each ROW
  when old.hash is not null or new.id is not old.id or new.at is not old.at or new.actor_user_id is not old.actor_user_id or new.actor_email is not old.actor_email or new.request_id is not old.request_id or new.operation is not old.operation or new.target_type is not old.target_type or new.target_id is not old.target_id or new.changes is not old.changes begin select raise(abort, 'audit_entry is app; end;`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
