import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153230_Files extends Migration {

  override name = 'Migration20261123153230_Files';

  override up(): void | Promise<void> {
    this.addSql(`create table "stored_file" ("id" serial primary key, "purpose" varchar(40) not null, "name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by" int null, "created_at" timestamptz not null, "deleted_at" timestamptz null);`);
    this.addSql(`create index "stored_file_purpose_created_at_index" on "stored_file" ("purpose", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);
  }

}
