import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TimestampedEntity } from '../database/base.entity.js';
import { Department } from './department.entity.js';

/** A circonscription du premier degré: a district of a department, led by an IEN, where ERUN work. */
@Entity({ tableName: 'circonscription' })
@ObjectType({ description: 'Circonscription du premier degré (district d’un département, pilotée par un IEN).' })
export class Circonscription extends TimestampedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { nullable: true, description: 'Code de la circonscription tel que le tient la DSDEN.' })
  @Unique()
  @Property({ type: 'string', length: 20, nullable: true })
  code?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 150 })
  name!: string;

  @Property({ type: 'string', length: 150 })
  searchName!: string;

  @Field(() => Department)
  @ManyToOne(() => Department, { fieldName: 'department_code', index: true })
  department!: Department;

  @Field(() => String, { nullable: true, description: 'Inspecteur ou inspectrice de l’Éducation nationale (IEN).' })
  @Property({ type: 'string', length: 150, nullable: true })
  ienName?: string | null;
}
