import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153229_Files extends Migration {

  override name = 'Migration20261123153229_Files';

  override up(): void | Promise<void> {
    this.addSql(`create table \`stored_file\` (\`id\` integer not null primary key autoincrement, \`purpose\` text not null, \`name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`uploaded_by\` integer null, \`created_at\` datetime not null, \`deleted_at\` datetime null);`);
    this.addSql(`create index \`stored_file_purpose_created_at_index\` on \`stored_file\` (\`purpose\`, \`created_at\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`stored_file\`;`);
  }

}
