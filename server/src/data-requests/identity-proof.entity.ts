import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { StoredFile } from '../files/stored-file.entity.js';
import { DataSubjectRequest } from './data-request.entity.js';

/**
 * A document received to establish an applicant's identity (an `identity-proof` upload). Its content is
 * erased as soon as the identity is decided; this link and the file's metadata and hash remain as proof
 * of what was received.
 */
@Entity({ tableName: 'identity_proof' })
@Index({ properties: ['request'] })
export class IdentityProof {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => DataSubjectRequest, { deleteRule: 'cascade' })
  request!: DataSubjectRequest;

  @Unique()
  @ManyToOne(() => StoredFile)
  file!: StoredFile;

  @Property({ type: 'datetime' })
  attachedAt!: Date;
}
