import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../common/pagination.js';
import { DateTimeScalar } from '../common/scalars.js';
import { BreachRisk } from './data-breach.enums.js';
import type { DataBreach } from './data-breach.entity.js';

const TEXT = 'Ce champ doit compter de 1 à 10 000 caractères.';

/** What the DPO documents of a breach (Art. 33(3) and 33(5)), shared by opening and update. */
@InputType()
abstract class BreachFields implements Partial<Omit<DataBreach, 'incidentId'>> {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200, { message: 'Le titre doit compter de 1 à 200 caractères.' })
  title?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  nature?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  peopleCategories?: string;

  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0)
  approximatePeople?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  recordCategories?: string;

  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0)
  approximateRecords?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  consequences?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  measures?: string;

  @Field(() => BreachRisk, { nullable: true })
  risk?: BreachRisk;
}

@InputType({ description: 'Ouverture d’une violation ; depuis un incident d’assistance de catégorie « données personnelles » avec `incidentId`.' })
export class OpenBreachInput extends BreachFields {
  @Field(() => String) @Length(1, 200, { message: 'Le titre doit compter de 1 à 200 caractères.' }) declare title: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare nature: string;
  @Field(() => String, { defaultValue: 'À préciser' }) @Length(1, 10_000, { message: TEXT }) declare peopleCategories: string;
  @Field(() => String, { defaultValue: 'À préciser' }) @Length(1, 10_000, { message: TEXT }) declare recordCategories: string;
  @Field(() => String, { defaultValue: 'À évaluer' }) @Length(1, 10_000, { message: TEXT }) declare consequences: string;
  @Field(() => String, { defaultValue: 'À définir' }) @Length(1, 10_000, { message: TEXT }) declare measures: string;
  @Field(() => BreachRisk, { defaultValue: BreachRisk.RISK, description: 'RISK par défaut : le délai de 72 heures court.' }) declare risk: BreachRisk;

  @Field(() => DateTimeScalar, { description: 'Prise de connaissance par le responsable : le délai de 72 heures court de cet instant.' })
  awareAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Incident d’assistance à l’origine de la violation.' })
  incidentId?: string | null;
}

@InputType({ description: 'Modification d’une violation : les champs absents restent inchangés.' })
export class UpdateBreachInput extends BreachFields {
  @Field(() => Int, { description: 'La version lue : une version dépassée donne CONFLICT.' }) @Min(1)
  version!: number;
}

@InputType({ description: 'Notification à la CNIL (RGPD, art. 33).' })
export class NotifyBreachInput {
  @Field(() => DateTimeScalar)
  notifiedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Numéro de la notification CNIL.' }) @IsOptional() @Length(1, 100)
  cnilReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Motifs du retard, obligatoires au-delà de 72 heures.' }) @IsOptional() @Length(1, 10_000)
  lateReason?: string | null;
}

@InputType()
export class DataBreachFilter {
  @Field(() => Boolean, { nullable: true, description: 'true : notification à la CNIL due et pas encore faite.' })
  awaitingNotification?: boolean | null;

  @Field(() => BreachRisk, { nullable: true })
  risk?: BreachRisk | null;

  @Field(() => ID, { nullable: true })
  incidentId?: string | null;
}

@ArgsType()
export class DataBreachesArgs extends PageArgs {
  @Field(() => DataBreachFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: DataBreachFilter | null;
}
