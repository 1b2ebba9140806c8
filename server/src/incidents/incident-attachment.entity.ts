import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { StoredFile } from '../files/stored-file.entity.js';
import { Incident } from './incident.entity.js';

/** A file (purpose `incident-attachment`) attached to an incident; a file belongs to one incident only. */
@Entity({ tableName: 'incident_attachment' })
export class IncidentAttachment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Incident, { fieldName: 'incident_id' })
  incident!: Rel<Incident>;

  @ManyToOne(() => StoredFile, { fieldName: 'file_id', unique: true })
  file!: StoredFile;

  @Property({ type: 'datetime' })
  attachedAt!: Date;
}
