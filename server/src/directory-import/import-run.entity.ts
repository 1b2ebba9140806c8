import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateTimeScalar } from '../common/scalars.js';
import { ImportKind, ImportPhase, ImportStatus } from './directory-import.enums.js';

/**
 * One import of a directory file: its options, where it stands (phase, status, last committed line), and
 * the report's counts. The report's rows are `import_run_item`s. Written with Kysely in bulk (see
 * docs/decisions/0011-directory-import.md); the entity declares the table and the GraphQL type.
 */
@Entity({ tableName: 'import_run' })
@Index({ properties: ['status', 'claimedUntil'] })
@Index({ properties: ['requestedBy', 'id'] })
@ObjectType('DirectoryImport', { description: 'Import d’un fichier d’annuaire (écoles, circonscriptions ou directeurs).' })
export class ImportRun extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ImportKind)
  @Enum({ items: () => ImportKind })
  kind!: ImportKind;

  @Field(() => ImportPhase)
  @Enum({ items: () => ImportPhase })
  phase!: ImportPhase;

  @Field(() => ImportStatus)
  @Enum({ items: () => ImportStatus })
  status!: ImportStatus;

  @Field(() => Boolean, { description: 'Toutes les écoles du fichier, pas seulement celles des départements servis.' })
  @Property({ type: 'boolean', default: false })
  allDepartments: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'Fermer les écoles ouvertes des départements couverts qui sont absentes du fichier.' })
  @Property({ type: 'boolean', default: false })
  closeAbsent: Opt<boolean> = false;

  /** JSON array of the département codes the run may touch (served ones ∩ the requester's perimeter). */
  @Property({ type: 'text' })
  departments!: string;

  @Property({ type: 'integer' })
  fileId!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  fileSha256!: string;

  /** JSON array of the file's header, to give rejected rows back under their own columns. */
  @Property({ type: 'text', nullable: true })
  header?: string | null;

  /** Null for the command line. */
  @Property({ type: 'integer', nullable: true })
  requestedBy?: number | null;

  /** The request that started or applied the run: its audit entries carry it. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  batchSize!: number;

  @Property({ type: 'integer', nullable: true })
  totalRows?: number | null;

  @Property({ type: 'integer', default: 0 })
  rowsDone: Opt<number> = 0;

  /** Bytes read in the current pass, for a progress figure before the number of rows is known. */
  @Property({ type: 'integer', default: 0 })
  bytesDone: Opt<number> = 0;

  /** At most 200 MB (the `directory-import` upload limit): an integer. */
  @Property({ type: 'integer' })
  fileSize!: number;

  /** Last file line of the last committed batch of the current pass: a resumed apply skips up to it. */
  @Property({ type: 'integer', default: 0 })
  lastCommittedLine: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  batchesCommitted: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 }) countCreate: Opt<number> = 0;
  @Property({ type: 'integer', default: 0 }) countUpdate: Opt<number> = 0;
  @Property({ type: 'integer', default: 0 }) countClose: Opt<number> = 0;
  @Property({ type: 'integer', default: 0 }) countUnchanged: Opt<number> = 0;
  @Property({ type: 'integer', default: 0 }) countRejected: Opt<number> = 0;
  @Property({ type: 'integer', default: 0 }) countAbsent: Opt<number> = 0;
  @Property({ type: 'integer', default: 0 }) countIgnored: Opt<number> = 0;

  /** JSON object reason → rows left aside (not a school, other département, private…). */
  @Property({ type: 'text', nullable: true })
  ignoredReasons?: string | null;

  @Field(() => String, { nullable: true, description: 'Cause de l’échec (fichier illisible, colonne manquante, erreur en cours d’application…).' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  /** A worker owns the run until then; another instance takes over a run whose worker died. */
  @Property({ type: 'datetime', nullable: true })
  claimedUntil?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
