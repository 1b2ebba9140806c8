import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { LegalBasis } from './processing.enums.js';

/**
 * An entry of the register of processing activities (GDPR Art. 30(1)), kept by the DPO for the rectorate
 * as controller. Free texts, because the register is read by people (and the CNIL), not computed on.
 */
@Entity({ tableName: 'processing_activity' })
@ObjectType({ description: 'Traitement inscrit au registre des activités de traitement (RGPD, art. 30).' })
export class ProcessingActivity extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** A stable key for entries the product itself writes (`ENT-ECOLE`); null for the DPO's own entries. */
  @Field(() => String, { nullable: true })
  @Unique()
  @Property({ type: 'string', length: 40, nullable: true })
  code?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Responsable du traitement et coordonnées du DPO (art. 30, §1, a).' })
  @Property({ type: 'text' })
  controller!: string;

  @Field(() => String, { description: 'Finalités (art. 30, §1, b).' })
  @Property({ type: 'text' })
  purposes!: string;

  @Field(() => LegalBasis)
  @Enum({ items: () => LegalBasis })
  legalBasis!: LegalBasis;

  @Field(() => String, { nullable: true, description: 'Texte qui fonde le traitement (mission, obligation…).' })
  @Property({ type: 'text', nullable: true })
  legalBasisDetail?: string | null;

  @Field(() => String, { description: 'Catégories de personnes concernées (art. 30, §1, c).' })
  @Property({ type: 'text' })
  dataSubjectCategories!: string;

  @Field(() => String, { description: 'Catégories de données (art. 30, §1, c).' })
  @Property({ type: 'text' })
  dataCategories!: string;

  @Field(() => String, { description: 'Destinataires (art. 30, §1, d).' })
  @Property({ type: 'text' })
  recipients!: string;

  @Field(() => String, { description: 'Transferts hors de l’Union européenne et garanties (art. 30, §1, e).' })
  @Property({ type: 'text' })
  transfers!: string;

  @Field(() => String, { description: 'Durées de conservation (art. 30, §1, f).' })
  @Property({ type: 'text' })
  retention!: string;

  @Field(() => String, { description: 'Mesures de sécurité techniques et organisationnelles (art. 30, §1, g ; art. 32).' })
  @Property({ type: 'text' })
  securityMeasures!: string;

  @Field(() => Int, { description: 'Version pour le verrouillage optimiste.' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
