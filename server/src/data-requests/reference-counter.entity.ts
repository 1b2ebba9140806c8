import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The last reference number given in a year. Incremented by one upsert inside the creating transaction:
 * the row lock orders concurrent creations, and a rolled-back creation gives its number back, so the
 * references of a year have no gap (see docs/decisions/0009-data-subject-requests.md).
 */
@Entity({ tableName: 'data_subject_request_counter' })
export class DataSubjectRequestCounter {
  [PrimaryKeyProp]?: 'year';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
