import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The last reference number given in a year. Incremented inside the reporting transaction, so numbers are
 * gap-free: a rolled-back report gives its number back, and concurrent reports wait on this row.
 */
@Entity({ tableName: 'incident_counter' })
export class IncidentCounter {
  [PrimaryKeyProp]?: 'year';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
