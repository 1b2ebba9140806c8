import { Migration } from '@mikro-orm/migrations';

export class Migration20261123183428_IncidentOpenIndexes extends Migration {

  override name = 'Migration20261123183428_IncidentOpenIndexes';

  override up(): void | Promise<void> {
    this.addSql(`create index \`incident_open_counters_index\` on \`incident\` (\`priority\`, \`department_code\`, \`circonscription_id\`, \`status\`, \`assignee_id\`, \`own_due_at\`, \`owned_at\`, \`resolve_due_at\`, \`clock_stopped_at\`) where status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING');`);
    this.addSql(`create index \`incident_open_queue_index\` on \`incident\` (\`department_code\`, \`resolve_due_at\`, \`id\`) where status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index \`incident_open_counters_index\`;`);
    this.addSql(`drop index \`incident_open_queue_index\`;`);
  }

}
