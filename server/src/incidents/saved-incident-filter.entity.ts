import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TimestampedEntity } from '../database/base.entity.js';
import { User } from '../auth/user.entity.js';

/** A named incident filter kept for one user (the console's saved queues: "mes P1", "Hérault en attente"…). */
@Entity({ tableName: 'saved_incident_filter' })
@Unique({ properties: ['user', 'name'] })
export class SavedIncidentFilter extends TimestampedEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => User, { fieldName: 'user_id', deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** The `IncidentFilter` input, as JSON. */
  @Property({ type: 'text' })
  filter!: string;
}
