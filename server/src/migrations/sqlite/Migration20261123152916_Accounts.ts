import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152916_Accounts extends Migration {

  override name = 'Migration20261123152916_Accounts';

  override up(): void | Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_user_id\` integer null, \`actor_email\` text null, \`request_id\` text null, \`operation\` text not null, \`target_type\` text null, \`target_id\` text null, \`changes\` text null, \`chain_position\` bigint null, \`previous_hash\` text null, \`hash\` text null);`);
    this.addSql(`create unique index \`audit_entry_chain_position_unique\` on \`audit_entry\` (\`chain_position\`);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_actor_user_id_at_index\` on \`audit_entry\` (\`actor_user_id\`, \`at\`);`);
    this.addSql(`create index \`audit_entry_target_type_target_id_index\` on \`audit_entry\` (\`target_type\`, \`target_id\`);`);

    this.addSql(`create table \`login_attempt\` (\`id\` integer not null primary key autoincrement, \`email\` text not null, \`ip\` text null, \`at\` datetime not null, \`succeeded\` integer not null);`);
    this.addSql(`create index \`login_attempt_ip_at_index\` on \`login_attempt\` (\`ip\`, \`at\`);`);
    this.addSql(`create index \`login_attempt_email_at_index\` on \`login_attempt\` (\`email\`, \`at\`);`);

    this.addSql(`create table \`notification\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`to_email\` text not null, \`subject\` text not null, \`body_text\` text not null, \`dedupe_key\` text null, \`status\` text check (\`status\` in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`available_at\` datetime not null, \`claimed_until\` datetime null, \`last_error\` text null, \`created_at\` datetime not null, \`sent_at\` datetime null);`);
    this.addSql(`create unique index \`notification_dedupe_key_unique\` on \`notification\` (\`dedupe_key\`);`);
    this.addSql(`create index \`notification_status_available_at_index\` on \`notification\` (\`status\`, \`available_at\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`active\` integer not null default true, \`password_changed_at\` datetime null, \`last_login_at\` datetime null);`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null primary key, \`user_id\` integer not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, \`user_agent\` text null, constraint \`session_user_id_foreign\` foreign key (\`user_id\`) references \`app_user\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);
    this.addSql(`create index \`session_user_id_revoked_at_index\` on \`session\` (\`user_id\`, \`revoked_at\`);`);

    this.addSql(`create table \`user_grant\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`role\` text check (\`role\` in ('ADMIN', 'ACADEMIC_TEAM', 'DPO', 'ERUN', 'SUPPORT')) not null, \`scope_level\` text check (\`scope_level\` in ('REGION', 'ACADEMY', 'DEPARTMENT', 'CIRCONSCRIPTION')) not null, \`scope_code\` text not null, constraint \`user_grant_user_id_foreign\` foreign key (\`user_id\`) references \`app_user\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`user_grant_user_id_index\` on \`user_grant\` (\`user_id\`);`);
    this.addSql(`create unique index \`user_grant_user_id_role_scope_level_scope_code_unique\` on \`user_grant\` (\`user_id\`, \`role\`, \`scope_level\`, \`scope_code\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`audit_entry\`;`);
    this.addSql(`drop table if exists \`login_attempt\`;`);
    this.addSql(`drop table if exists \`notification\`;`);
    this.addSql(`drop table if exists \`app_user\`;`);
    this.addSql(`drop table if exists \`session\`;`);
    this.addSql(`drop table if exists \`user_grant\`;`);
  }

}
