import type { Opt, Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { DateScalar } from '../common/scalars.js';
import { Amendment, Convention } from './convention.entity.js';

/**
 * The revenue order (titre de recette, e.g. through Chorus Pro) for a signed convention or one of its
 * amendments, and its payment. One per convention and one per amendment (two partial unique indexes, since
 * a null amendment would not collide). Year and département repeat the convention's for the overdue list.
 */
@Entity({ tableName: 'convention_payment' })
@Unique({ name: 'convention_payment_convention_unique', properties: ['convention'], where: 'amendment_id is null' })
@Index({ properties: ['schoolYear', 'departmentCode'] })
@Index({ properties: ['paidOn', 'dueOn'] })
@ObjectType('Payment', { description: 'Titre de recette d’une convention (ou d’un avenant) et son paiement.' })
export class Payment extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Convention, { deleteRule: 'cascade' })
  convention!: Rel<Convention>;

  @ManyToOne(() => Amendment, { nullable: true, unique: true, deleteRule: 'cascade' })
  amendment?: Rel<Amendment> | null;

  @Property({ type: 'string', length: 9 })
  schoolYear!: string;

  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Field(() => Int, { description: 'Montant du titre, en centimes : celui de la convention ou de l’avenant.' })
  @Property({ type: 'integer' })
  amountCents!: number;

  @Field(() => DateScalar, { description: 'Émission du titre de recette.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { description: 'Référence du titre (numéro Chorus Pro…).' })
  @Property({ type: 'string', length: 100 })
  reference!: string;

  @Field(() => DateScalar, { description: 'Échéance : au-delà, le titre impayé est en retard.' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
