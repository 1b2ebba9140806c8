import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Incident } from './incident.entity.js';

/**
 * A period during which the resolution clock stood still: from PENDING (waiting for the reporter or the
 * vendor) or RESOLVED until work resumed. Due instants are recomputed from these on every status change;
 * `endedAt` is null while the period lasts (and stays null once the incident is closed).
 */
@Entity({ tableName: 'incident_clock_stop' })
export class IncidentClockStop {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Incident, { fieldName: 'incident_id' })
  incident!: Rel<Incident>;

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;
}
