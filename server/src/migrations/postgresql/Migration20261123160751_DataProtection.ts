import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160751_DataProtection extends Migration {

  override name = 'Migration20261123160751_DataProtection';

  override up(): void | Promise<void> {
    this.addSql(`create table "data_breach" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(200) not null, "nature" text not null, "people_categories" text not null, "approximate_people" int null, "record_categories" text not null, "approximate_records" int null, "consequences" text not null, "measures" text not null, "risk" text not null, "aware_at" timestamptz not null, "cnil_notified_at" timestamptz null, "cnil_reference" varchar(100) null, "late_notification_reason" text null, "people_informed_on" date null, "incident_id" int null, "version" int not null default 1);`);
    this.addSql(`create index "data_breach_incident_id_index" on "data_breach" ("incident_id");`);
    this.addSql(`create index "data_breach_aware_at_index" on "data_breach" ("aware_at");`);

    this.addSql(`create table "data_subject_request_counter" ("year" int not null, "last_number" int not null, primary key ("year"));`);

    this.addSql(`create table "letter_template" ("kind" varchar(30) not null, "subject" varchar(300) not null, "body" text not null, "version" int not null default 1, "updated_at" timestamptz not null, primary key ("kind"));`);

    this.addSql(`create table "processing_activity" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) null, "name" varchar(200) not null, "controller" text not null, "purposes" text not null, "legal_basis" text not null, "legal_basis_detail" text null, "data_subject_categories" text not null, "data_categories" text not null, "recipients" text not null, "transfers" text not null, "retention" text not null, "security_measures" text not null, "version" int not null default 1);`);
    this.addSql(`alter table "processing_activity" add constraint "processing_activity_code_unique" unique ("code");`);

    this.addSql(`create table "data_subject_request" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "received_on" date not null, "channel" text not null, "rights" varchar(200) not null, "content" text not null, "applicant_first_name" varchar(100) not null, "applicant_last_name" varchar(100) not null, "applicant_email" varchar(254) null, "applicant_postal_address" varchar(500) null, "subject_first_name" varchar(100) null, "subject_last_name" varchar(100) null, "subject_email" varchar(254) null, "subject_postal_address" varchar(500) null, "relationship" text not null, "search_names" varchar(420) not null, "school_uais" varchar(2000) not null default '', "commune_insee_codes" varchar(2000) not null default '', "processing_id" int null, "status" text not null default 'RECEIVED', "initial_due_on" date not null, "due_on" date not null, "extension_notified_on" date null, "extension_reason" text null, "identity_check" text not null default 'NOT_NEEDED', "identity_requested_on" date null, "identity_received_on" date null, "identity_decided_on" date null, "answered_on" date null, "answer_channel" text null, "outcome" text null, "refusal_ground" text null, "refusal_detail" text null, "answer_summary" text null, "first_answered_on" date null, "answered_late" boolean null, "closed_on" date null, "cnil_complaint_reference" varchar(100) null, "reopened_on" date null, "anonymised_at" timestamptz null, "version" int not null default 1);`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_reference_unique" unique ("reference");`);
    this.addSql(`create index "data_subject_request_subject_email_index" on "data_subject_request" ("subject_email");`);
    this.addSql(`create index "data_subject_request_applicant_email_index" on "data_subject_request" ("applicant_email");`);
    this.addSql(`create index "data_subject_request_received_on_index" on "data_subject_request" ("received_on");`);
    this.addSql(`create index "data_subject_request_due_on_index" on "data_subject_request" ("due_on");`);
    this.addSql(`create index "data_subject_request_status_due_on_index" on "data_subject_request" ("status", "due_on");`);

    this.addSql(`create table "identity_proof" ("id" serial primary key, "request_id" int not null, "file_id" int not null, "attached_at" timestamptz not null);`);
    this.addSql(`alter table "identity_proof" add constraint "identity_proof_file_id_unique" unique ("file_id");`);
    this.addSql(`create index "identity_proof_request_id_index" on "identity_proof" ("request_id");`);

    this.addSql(`alter table "data_breach" add constraint "data_breach_risk_check" check ("risk" in ('UNLIKELY', 'RISK', 'HIGH'));`);

    this.addSql(`alter table "processing_activity" add constraint "processing_activity_legal_basis_check" check ("legal_basis" in ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS'));`);

    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_processing_id_foreign" foreign key ("processing_id") references "processing_activity" ("id") on delete set null;`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_channel_check" check ("channel" in ('EMAIL', 'LETTER', 'WEB_FORM', 'IN_PERSON'));`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_relationship_check" check ("relationship" in ('SELF', 'PARENT', 'LEGAL_REPRESENTATIVE', 'HEIR', 'OTHER'));`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_status_check" check ("status" in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'));`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_identity_check_check" check ("identity_check" in ('NOT_NEEDED', 'REQUESTED', 'RECEIVED', 'VERIFIED', 'FAILED'));`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_answer_channel_check" check ("answer_channel" in ('EMAIL', 'LETTER', 'WEB_FORM', 'IN_PERSON'));`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_outcome_check" check ("outcome" in ('GRANTED', 'PARTLY_GRANTED', 'REFUSED'));`);
    this.addSql(`alter table "data_subject_request" add constraint "data_subject_request_refusal_ground_check" check ("refusal_ground" in ('MANIFESTLY_UNFOUNDED_OR_EXCESSIVE', 'IDENTITY_NOT_ESTABLISHED', 'EXCEPTION'));`);

    this.addSql(`alter table "identity_proof" add constraint "identity_proof_request_id_foreign" foreign key ("request_id") references "data_subject_request" ("id") on delete cascade;`);
    this.addSql(`alter table "identity_proof" add constraint "identity_proof_file_id_foreign" foreign key ("file_id") references "stored_file" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "data_subject_request" drop constraint "data_subject_request_processing_id_foreign";`);
    this.addSql(`alter table "identity_proof" drop constraint "identity_proof_request_id_foreign";`);

    this.addSql(`drop table if exists "data_breach" cascade;`);
    this.addSql(`drop table if exists "data_subject_request_counter" cascade;`);
    this.addSql(`drop table if exists "letter_template" cascade;`);
    this.addSql(`drop table if exists "processing_activity" cascade;`);
    this.addSql(`drop table if exists "data_subject_request" cascade;`);
    this.addSql(`drop table if exists "identity_proof" cascade;`);
  }

}
