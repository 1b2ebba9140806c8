import { InputType, Field, Int } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { LegalBasis } from './processing.enums.js';
import type { ProcessingActivity } from './processing-activity.entity.js';

const TEXT = 'Ce champ doit compter de 1 à 10 000 caractères.';

/** The entry's texts (Art. 30(1)), shared by creation and update. */
@InputType()
abstract class ProcessingFields implements Partial<ProcessingActivity> {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200, { message: 'Le nom doit compter de 1 à 200 caractères.' })
  name?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  controller?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  purposes?: string;

  @Field(() => LegalBasis, { nullable: true })
  legalBasis?: LegalBasis;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  legalBasisDetail?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  dataSubjectCategories?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  dataCategories?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  recipients?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  transfers?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  retention?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 10_000, { message: TEXT })
  securityMeasures?: string;
}

@InputType({ description: 'Nouveau traitement du registre : toutes les rubriques de l’article 30, §1.' })
export class CreateProcessingActivityInput extends ProcessingFields {
  @Field(() => String) @Length(1, 200, { message: 'Le nom doit compter de 1 à 200 caractères.' }) declare name: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare controller: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare purposes: string;
  @Field(() => LegalBasis) declare legalBasis: LegalBasis;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare dataSubjectCategories: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare dataCategories: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare recipients: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare transfers: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare retention: string;
  @Field(() => String) @Length(1, 10_000, { message: TEXT }) declare securityMeasures: string;
}

@InputType({ description: 'Modification d’un traitement : les champs absents restent inchangés.' })
export class UpdateProcessingActivityInput extends ProcessingFields {
  @Field(() => Int, { description: 'La version lue : une version dépassée donne CONFLICT.' }) @Min(1)
  version!: number;
}
