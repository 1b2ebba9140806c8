import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { IsSchoolYear } from './filter.inputs.js';

export enum CampaignOrderField { SCHOOL_YEAR = 'SCHOOL_YEAR', ACADEMY_CODE = 'ACADEMY_CODE' }
registerEnumType(CampaignOrderField, { name: 'CampaignOrderField' });

@InputType() export class CampaignOrder extends OrderInput(CampaignOrderField) {}

@InputType()
export class CampaignFilter {
  @Field(() => String, { nullable: true })
  @IsOptional() @IsSchoolYear()
  schoolYear?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 2)
  academyCode?: string | null;
}

@ArgsType()
export class CampaignsArgs extends PageArgs {
  @Field(() => CampaignFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: CampaignFilter | null;

  @Field(() => [CampaignOrder], { nullable: true })
  orderBy?: CampaignOrder[] | null;
}

@InputType({ description: 'Campagne d’une année scolaire pour une académie (créée ou mise à jour).' })
export class CampaignInput {
  @Field(() => String)
  @IsSchoolYear()
  schoolYear!: string;

  @Field(() => String)
  @Length(1, 2)
  academyCode!: string;

  @Field(() => Int, { description: 'Participation par école, en centimes (4500 = 45 €).' })
  @Min(0, { message: 'Le tarif ne peut pas être négatif.' }) @Max(1_000_000, { message: 'Tarif invalide (10 000 € par école au plus).' })
  unitPriceCents!: number;

  @Field(() => DateScalar)
  conventionEndDate!: string;

  @Field(() => String)
  @Length(1, 200)
  signatoryName!: string;

  @Field(() => String)
  @Length(1, 300)
  signatoryTitle!: string;

  @Field(() => String, { nullable: true, description: 'Responsable de traitement (article 8) ; par défaut, la région académique.' })
  @IsOptional() @Length(1, 300)
  dataControllerWording?: string | null;
}
