import { Migration } from '@mikro-orm/migrations';

export class Migration20261123155252_Incidents extends Migration {

  override name = 'Migration20261123155252_Incidents';

  override up(): void | Promise<void> {
    this.addSql(`create table \`incident_counter\` (\`year\` integer not null primary key, \`last_number\` integer not null);`);

    this.addSql(`create table \`saved_incident_filter\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` integer not null, \`name\` text not null, \`filter\` text not null, constraint \`saved_incident_filter_user_id_foreign\` foreign key (\`user_id\`) references \`app_user\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`saved_incident_filter_user_id_index\` on \`saved_incident_filter\` (\`user_id\`);`);
    this.addSql(`create unique index \`saved_incident_filter_user_id_name_unique\` on \`saved_incident_filter\` (\`user_id\`, \`name\`);`);

    this.addSql(`create table \`incident\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`reference\` text not null, \`reporter_role\` text check (\`reporter_role\` in ('SCHOOL_DIRECTOR', 'TEACHER', 'CPC', 'ERUN', 'ACADEMIC_TEAM', 'PARENT', 'PUPIL')) not null, \`reporter_name\` text not null, \`reporter_email\` text not null, \`school_uai\` text null, \`commune_insee_code\` text null, \`department_code\` text null, \`circonscription_id\` integer null, \`category\` text check (\`category\` in ('ACCOUNT_LOGIN', 'MESSAGING', 'DOCUMENTS', 'PORTAL_PUBLICATION', 'SCHOOL_LIFE', 'OUTAGE_SLOWNESS', 'PERSONAL_DATA', 'OTHER')) not null, \`channel\` text check (\`channel\` in ('PHONE', 'EMAIL', 'CONSOLE', 'OTHER')) not null, \`title\` text not null, \`description\` text not null, \`search_text\` text not null, \`impact\` text check (\`impact\` in ('LOW', 'MEDIUM', 'HIGH')) not null, \`urgency\` text check (\`urgency\` in ('LOW', 'MEDIUM', 'HIGH')) not null, \`priority\` text check (\`priority\` in ('P1', 'P2', 'P3', 'P4', 'P5')) not null, \`priority_override_reason\` text null, \`status\` text check (\`status\` in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED')) not null, \`assignee_id\` integer null, \`reported_at\` datetime not null, \`reported_on\` date not null, \`owned_at\` datetime null, \`resolved_at\` datetime null, \`closed_at\` datetime null, \`own_due_at\` datetime not null, \`resolve_due_at\` datetime not null, \`clock_stopped_at\` datetime null, \`resolution_minutes\` integer null, \`resolution\` text null, \`vendor_reference\` text null, \`escalated_at\` datetime null, \`vendor_answer\` text null, \`vendor_answered_at\` datetime null, \`parent_id\` integer null, \`dpo_alerted_at\` datetime null, \`version\` integer not null default 1, constraint \`incident_school_uai_foreign\` foreign key (\`school_uai\`) references \`school\` (\`uai\`) on delete set null, constraint \`incident_commune_insee_code_foreign\` foreign key (\`commune_insee_code\`) references \`commune\` (\`insee_code\`) on delete set null, constraint \`incident_assignee_id_foreign\` foreign key (\`assignee_id\`) references \`app_user\` (\`id\`) on delete set null, constraint \`incident_parent_id_foreign\` foreign key (\`parent_id\`) references \`incident\` (\`id\`) on delete set null);`);
    this.addSql(`create unique index \`incident_reference_unique\` on \`incident\` (\`reference\`);`);
    this.addSql(`create index \`incident_school_uai_index\` on \`incident\` (\`school_uai\`);`);
    this.addSql(`create index \`incident_commune_insee_code_index\` on \`incident\` (\`commune_insee_code\`);`);
    this.addSql(`create index \`incident_assignee_id_index\` on \`incident\` (\`assignee_id\`);`);
    this.addSql(`create index \`incident_parent_id_index\` on \`incident\` (\`parent_id\`);`);
    this.addSql(`create index \`incident_reported_on_index\` on \`incident\` (\`reported_on\`);`);
    this.addSql(`create index \`incident_status_resolved_at_index\` on \`incident\` (\`status\`, \`resolved_at\`);`);
    this.addSql(`create index \`incident_department_code_status_index\` on \`incident\` (\`department_code\`, \`status\`);`);
    this.addSql(`create index \`incident_status_resolve_due_at_index\` on \`incident\` (\`status\`, \`resolve_due_at\`);`);

    this.addSql(`create table \`incident_comment\` (\`id\` integer not null primary key autoincrement, \`incident_id\` integer not null, \`author_id\` integer not null, \`body\` text not null, \`internal\` integer not null, \`created_at\` datetime not null, constraint \`incident_comment_incident_id_foreign\` foreign key (\`incident_id\`) references \`incident\` (\`id\`), constraint \`incident_comment_author_id_foreign\` foreign key (\`author_id\`) references \`app_user\` (\`id\`));`);
    this.addSql(`create index \`incident_comment_incident_id_index\` on \`incident_comment\` (\`incident_id\`);`);
    this.addSql(`create index \`incident_comment_author_id_index\` on \`incident_comment\` (\`author_id\`);`);

    this.addSql(`create table \`incident_clock_stop\` (\`id\` integer not null primary key autoincrement, \`incident_id\` integer not null, \`started_at\` datetime not null, \`ended_at\` datetime null, constraint \`incident_clock_stop_incident_id_foreign\` foreign key (\`incident_id\`) references \`incident\` (\`id\`));`);
    this.addSql(`create index \`incident_clock_stop_incident_id_index\` on \`incident_clock_stop\` (\`incident_id\`);`);

    this.addSql(`create table \`incident_attachment\` (\`id\` integer not null primary key autoincrement, \`incident_id\` integer not null, \`file_id\` integer not null, \`attached_at\` datetime not null, constraint \`incident_attachment_incident_id_foreign\` foreign key (\`incident_id\`) references \`incident\` (\`id\`), constraint \`incident_attachment_file_id_foreign\` foreign key (\`file_id\`) references \`stored_file\` (\`id\`));`);
    this.addSql(`create index \`incident_attachment_incident_id_index\` on \`incident_attachment\` (\`incident_id\`);`);
    this.addSql(`create index \`incident_attachment_file_id_index\` on \`incident_attachment\` (\`file_id\`);`);
    this.addSql(`create unique index \`incident_attachment_file_id_unique\` on \`incident_attachment\` (\`file_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`incident_counter\`;`);
    this.addSql(`drop table if exists \`saved_incident_filter\`;`);
    this.addSql(`drop table if exists \`incident\`;`);
    this.addSql(`drop table if exists \`incident_comment\`;`);
    this.addSql(`drop table if exists \`incident_clock_stop\`;`);
    this.addSql(`drop table if exists \`incident_attachment\`;`);
  }

}
