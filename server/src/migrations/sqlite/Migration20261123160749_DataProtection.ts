import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160749_DataProtection extends Migration {

  override name = 'Migration20261123160749_DataProtection';

  override up(): void | Promise<void> {
    this.addSql(`create table \`data_breach\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text not null, \`nature\` text not null, \`people_categories\` text not null, \`approximate_people\` integer null, \`record_categories\` text not null, \`approximate_records\` integer null, \`consequences\` text not null, \`measures\` text not null, \`risk\` text check (\`risk\` in ('UNLIKELY', 'RISK', 'HIGH')) not null, \`aware_at\` datetime not null, \`cnil_notified_at\` datetime null, \`cnil_reference\` text null, \`late_notification_reason\` text null, \`people_informed_on\` date null, \`incident_id\` integer null, \`version\` integer not null default 1);`);
    this.addSql(`create index \`data_breach_incident_id_index\` on \`data_breach\` (\`incident_id\`);`);
    this.addSql(`create index \`data_breach_aware_at_index\` on \`data_breach\` (\`aware_at\`);`);

    this.addSql(`create table \`data_subject_request_counter\` (\`year\` integer not null primary key, \`last_number\` integer not null);`);

    this.addSql(`create table \`letter_template\` (\`kind\` text not null primary key, \`subject\` text not null, \`body\` text not null, \`version\` integer not null default 1, \`updated_at\` datetime not null);`);

    this.addSql(`create table \`processing_activity\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text null, \`name\` text not null, \`controller\` text not null, \`purposes\` text not null, \`legal_basis\` text check (\`legal_basis\` in ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS')) not null, \`legal_basis_detail\` text null, \`data_subject_categories\` text not null, \`data_categories\` text not null, \`recipients\` text not null, \`transfers\` text not null, \`retention\` text not null, \`security_measures\` text not null, \`version\` integer not null default 1);`);
    this.addSql(`create unique index \`processing_activity_code_unique\` on \`processing_activity\` (\`code\`);`);

    this.addSql(`create table \`data_subject_request\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`reference\` text not null, \`received_on\` date not null, \`channel\` text check (\`channel\` in ('EMAIL', 'LETTER', 'WEB_FORM', 'IN_PERSON')) not null, \`rights\` text not null, \`content\` text not null, \`applicant_first_name\` text not null, \`applicant_last_name\` text not null, \`applicant_email\` text null, \`applicant_postal_address\` text null, \`subject_first_name\` text null, \`subject_last_name\` text null, \`subject_email\` text null, \`subject_postal_address\` text null, \`relationship\` text check (\`relationship\` in ('SELF', 'PARENT', 'LEGAL_REPRESENTATIVE', 'HEIR', 'OTHER')) not null, \`search_names\` text not null, \`school_uais\` text not null default '', \`commune_insee_codes\` text not null default '', \`processing_id\` integer null, \`status\` text check (\`status\` in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')) not null default 'RECEIVED', \`initial_due_on\` date not null, \`due_on\` date not null, \`extension_notified_on\` date null, \`extension_reason\` text null, \`identity_check\` text check (\`identity_check\` in ('NOT_NEEDED', 'REQUESTED', 'RECEIVED', 'VERIFIED', 'FAILED')) not null default 'NOT_NEEDED', \`identity_requested_on\` date null, \`identity_received_on\` date null, \`identity_decided_on\` date null, \`answered_on\` date null, \`answer_channel\` text check (\`answer_channel\` in ('EMAIL', 'LETTER', 'WEB_FORM', 'IN_PERSON')) null, \`outcome\` text check (\`outcome\` in ('GRANTED', 'PARTLY_GRANTED', 'REFUSED')) null, \`refusal_ground\` text check (\`refusal_ground\` in ('MANIFESTLY_UNFOUNDED_OR_EXCESSIVE', 'IDENTITY_NOT_ESTABLISHED', 'EXCEPTION')) null, \`refusal_detail\` text null, \`answer_summary\` text null, \`first_answered_on\` date null, \`answered_late\` integer null, \`closed_on\` date null, \`cnil_complaint_reference\` text null, \`reopened_on\` date null, \`anonymised_at\` datetime null, \`version\` integer not null default 1, constraint \`data_subject_request_processing_id_foreign\` foreign key (\`processing_id\`) references \`processing_activity\` (\`id\`) on delete set null);`);
    this.addSql(`create unique index \`data_subject_request_reference_unique\` on \`data_subject_request\` (\`reference\`);`);
    this.addSql(`create index \`data_subject_request_processing_id_index\` on \`data_subject_request\` (\`processing_id\`);`);
    this.addSql(`create index \`data_subject_request_subject_email_index\` on \`data_subject_request\` (\`subject_email\`);`);
    this.addSql(`create index \`data_subject_request_applicant_email_index\` on \`data_subject_request\` (\`applicant_email\`);`);
    this.addSql(`create index \`data_subject_request_received_on_index\` on \`data_subject_request\` (\`received_on\`);`);
    this.addSql(`create index \`data_subject_request_due_on_index\` on \`data_subject_request\` (\`due_on\`);`);
    this.addSql(`create index \`data_subject_request_status_due_on_index\` on \`data_subject_request\` (\`status\`, \`due_on\`);`);

    this.addSql(`create table \`identity_proof\` (\`id\` integer not null primary key autoincrement, \`request_id\` integer not null, \`file_id\` integer not null, \`attached_at\` datetime not null, constraint \`identity_proof_request_id_foreign\` foreign key (\`request_id\`) references \`data_subject_request\` (\`id\`) on delete cascade, constraint \`identity_proof_file_id_foreign\` foreign key (\`file_id\`) references \`stored_file\` (\`id\`));`);
    this.addSql(`create index \`identity_proof_file_id_index\` on \`identity_proof\` (\`file_id\`);`);
    this.addSql(`create unique index \`identity_proof_file_id_unique\` on \`identity_proof\` (\`file_id\`);`);
    this.addSql(`create index \`identity_proof_request_id_index\` on \`identity_proof\` (\`request_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`data_breach\`;`);
    this.addSql(`drop table if exists \`data_subject_request_counter\`;`);
    this.addSql(`drop table if exists \`letter_template\`;`);
    this.addSql(`drop table if exists \`processing_activity\`;`);
    this.addSql(`drop table if exists \`data_subject_request\`;`);
    this.addSql(`drop table if exists \`identity_proof\`;`);
  }

}
