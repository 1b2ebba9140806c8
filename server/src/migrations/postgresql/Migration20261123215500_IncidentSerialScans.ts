import { Migration } from '@mikro-orm/migrations';

/**
 * No parallel workers for scans of the incident table (PostgreSQL only; SQLite has no parallel query).
 * Many agents read it at once (the queue, the home counters): a parallel plan halves the latency of one
 * national count at rest, but under 16 concurrent requests its workers take the cores of the others —
 * 32 counts per second in parallel, 49 serial, on the benchmark machine (decision 0013).
 */
export class Migration20261123215500_IncidentSerialScans extends Migration {

  override name = 'Migration20261123215500_IncidentSerialScans';

  override up(): void | Promise<void> {
    this.addSql(`alter table "incident" set (parallel_workers = 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "incident" reset (parallel_workers);`);
  }

}
