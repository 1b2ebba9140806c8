import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161515_DirectoryImport extends Migration {

  override name = 'Migration20261123161515_DirectoryImport';

  override up(): void | Promise<void> {
    this.addSql(`create table "import_run" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "phase" text not null, "status" text not null, "all_departments" boolean not null default false, "close_absent" boolean not null default false, "departments" text not null, "file_id" int not null, "file_name" varchar(255) not null, "file_sha256" varchar(64) not null, "header" text null, "requested_by" int null, "request_id" varchar(64) null, "batch_size" int not null, "total_rows" int null, "rows_done" int not null default 0, "bytes_done" int not null default 0, "file_size" int not null, "last_committed_line" int not null default 0, "batches_committed" int not null default 0, "count_create" int not null default 0, "count_update" int not null default 0, "count_close" int not null default 0, "count_unchanged" int not null default 0, "count_rejected" int not null default 0, "count_absent" int not null default 0, "count_ignored" int not null default 0, "ignored_reasons" text null, "error" text null, "claimed_until" timestamptz null, "finished_at" timestamptz null);`);
    this.addSql(`create index "import_run_requested_by_id_index" on "import_run" ("requested_by", "id");`);
    this.addSql(`create index "import_run_status_claimed_until_index" on "import_run" ("status", "claimed_until");`);

    this.addSql(`create table "import_run_item" ("id" serial primary key, "run_id" int not null, "line" int null, "target_type" varchar(20) not null, "target_id" varchar(20) null, "label" varchar(200) null, "department_code" varchar(3) null, "outcome" text not null, "changes" text null, "reason" varchar(300) null, "raw" text null);`);
    this.addSql(`create index "import_run_item_run_id_outcome_id_index" on "import_run_item" ("run_id", "outcome", "id");`);
    this.addSql(`create index "import_run_item_run_id_target_type_target_id_index" on "import_run_item" ("run_id", "target_type", "target_id");`);

    this.addSql(`alter table "commune" add "active" boolean not null default true, add "merged_into_insee_code" varchar(5) null;`);

    this.addSql(`alter table "import_run" add constraint "import_run_kind_check" check ("kind" in ('SCHOOLS', 'CIRCONSCRIPTIONS', 'DIRECTORS'));`);
    this.addSql(`alter table "import_run" add constraint "import_run_phase_check" check ("phase" in ('ANALYSIS', 'APPLY'));`);
    this.addSql(`alter table "import_run" add constraint "import_run_status_check" check ("status" in ('PENDING', 'RUNNING', 'ANALYSED', 'APPLIED', 'FAILED'));`);

    this.addSql(`alter table "import_run_item" add constraint "import_run_item_outcome_check" check ("outcome" in ('CREATE', 'UPDATE', 'CLOSE', 'UNCHANGED', 'REJECTED', 'ABSENT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "import_run" cascade;`);
    this.addSql(`drop table if exists "import_run_item" cascade;`);

    this.addSql(`alter table "commune" drop column "active", drop column "merged_into_insee_code";`);
  }

}
