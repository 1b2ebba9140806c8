import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ImportOutcome } from './directory-import.enums.js';

/**
 * One line of an import's report: a row of the file (or an open school absent from it), what it leads
 * to, the field changes or the reason of a rejection. Written in the same transaction as the batch it
 * reports on, so a resumed run finds exactly the rows already committed (also how duplicates are found).
 */
@Entity({ tableName: 'import_run_item' })
@Index({ properties: ['runId', 'targetType', 'targetId'] })
@Index({ properties: ['runId', 'outcome', 'id'] })
@ObjectType('DirectoryImportItem', { description: 'Ligne du rapport d’un import.' })
export class ImportRunItem {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  runId!: number;

  @Field(() => Int, { nullable: true, description: 'Ligne du fichier (la ligne d’en-tête est la 1) ; nulle pour une école absente du fichier.' })
  @Property({ type: 'integer', nullable: true })
  line?: number | null;

  @Field(() => String, { description: 'School ou Circonscription.' })
  @Property({ type: 'string', length: 20 })
  targetType!: string;

  @Field(() => String, { nullable: true, description: 'Code UAI de l’école ou code de la circonscription.' })
  @Property({ type: 'string', length: 20, nullable: true })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Nom de l’école ou de la circonscription.' })
  @Property({ type: 'string', length: 200, nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 3, nullable: true })
  departmentCode?: string | null;

  @Field(() => ImportOutcome)
  @Enum({ items: () => ImportOutcome })
  outcome!: ImportOutcome;

  /** JSON `{ field: [before, after] }`, as in the audit trail. */
  @Property({ type: 'text', nullable: true })
  changes?: string | null;

  @Field(() => String, { nullable: true, description: 'Motif du rejet, de la fermeture ou de l’absence.' })
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;

  /** JSON array of the rejected row's values, given back in the rejected-rows download. */
  @Property({ type: 'text', nullable: true })
  raw?: string | null;
}
