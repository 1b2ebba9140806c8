import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';

/**
 * An uploaded file: its metadata here, its content on disk under FILES_DIR, named by SHA-256 (so the same
 * content is stored once and a name never points to other bytes). `deletedAt`: content erased on purpose
 * (an identity proof once checked), metadata and hash kept as proof of what was received.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['purpose', 'createdAt'] })
@ObjectType({ description: 'Fichier déposé (pièce jointe).' })
export class StoredFile {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** What the file is for (`convention-scan`, `incident-attachment`…): decides size, types and who may read it. */
  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  purpose!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  name!: string;

  /** Detected from the content, never taken from the client. */
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'integer', nullable: true })
  uploadedBy?: number | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
