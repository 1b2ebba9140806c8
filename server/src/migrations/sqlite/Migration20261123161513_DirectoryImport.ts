import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161513_DirectoryImport extends Migration {

  override name = 'Migration20261123161513_DirectoryImport';

  override up(): void | Promise<void> {
    this.addSql(`create table \`import_run\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('SCHOOLS', 'CIRCONSCRIPTIONS', 'DIRECTORS')) not null, \`phase\` text check (\`phase\` in ('ANALYSIS', 'APPLY')) not null, \`status\` text check (\`status\` in ('PENDING', 'RUNNING', 'ANALYSED', 'APPLIED', 'FAILED')) not null, \`all_departments\` integer not null default false, \`close_absent\` integer not null default false, \`departments\` text not null, \`file_id\` integer not null, \`file_name\` text not null, \`file_sha256\` text not null, \`header\` text null, \`requested_by\` integer null, \`request_id\` text null, \`batch_size\` integer not null, \`total_rows\` integer null, \`rows_done\` integer not null default 0, \`bytes_done\` integer not null default 0, \`file_size\` integer not null, \`last_committed_line\` integer not null default 0, \`batches_committed\` integer not null default 0, \`count_create\` integer not null default 0, \`count_update\` integer not null default 0, \`count_close\` integer not null default 0, \`count_unchanged\` integer not null default 0, \`count_rejected\` integer not null default 0, \`count_absent\` integer not null default 0, \`count_ignored\` integer not null default 0, \`ignored_reasons\` text null, \`error\` text null, \`claimed_until\` datetime null, \`finished_at\` datetime null);`);
    this.addSql(`create index \`import_run_requested_by_id_index\` on \`import_run\` (\`requested_by\`, \`id\`);`);
    this.addSql(`create index \`import_run_status_claimed_until_index\` on \`import_run\` (\`status\`, \`claimed_until\`);`);

    this.addSql(`create table \`import_run_item\` (\`id\` integer not null primary key autoincrement, \`run_id\` integer not null, \`line\` integer null, \`target_type\` text not null, \`target_id\` text null, \`label\` text null, \`department_code\` text null, \`outcome\` text check (\`outcome\` in ('CREATE', 'UPDATE', 'CLOSE', 'UNCHANGED', 'REJECTED', 'ABSENT')) not null, \`changes\` text null, \`reason\` text null, \`raw\` text null);`);
    this.addSql(`create index \`import_run_item_run_id_outcome_id_index\` on \`import_run_item\` (\`run_id\`, \`outcome\`, \`id\`);`);
    this.addSql(`create index \`import_run_item_run_id_target_type_target_id_index\` on \`import_run_item\` (\`run_id\`, \`target_type\`, \`target_id\`);`);

    this.addSql(`alter table \`commune\` add column \`active\` integer not null default true;`);
    this.addSql(`alter table \`commune\` add column \`merged_into_insee_code\` text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`import_run\`;`);
    this.addSql(`drop table if exists \`import_run_item\`;`);

    this.addSql(`alter table \`commune\` drop column \`active\`;`);
    this.addSql(`alter table \`commune\` drop column \`merged_into_insee_code\`;`);
  }

}
