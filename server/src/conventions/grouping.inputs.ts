import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../common/pagination.js';
import { IsDepartmentCode } from './filter.inputs.js';

@InputType()
export class GroupingFilter {
  @Field(() => String, { nullable: true })
  @IsOptional() @IsDepartmentCode()
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Regroupements dont cette commune est membre.' })
  @IsOptional() @Length(1, 5)
  communeInseeCode?: string | null;
}

@ArgsType()
export class GroupingsArgs extends PageArgs {
  @Field(() => GroupingFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: GroupingFilter | null;
}

@InputType({ description: 'La commune qui paie pour une école du regroupement (et l’inscrit dans sa convention).' })
export class SchoolPayerInput {
  @Field(() => String) @Length(1, 8) schoolUai!: string;
  @Field(() => String) @Length(1, 5) payingCommuneInseeCode!: string;
}

@InputType({ description: 'Regroupement pédagogique intercommunal : ses communes membres et, pour chaque école concernée, la commune qui paie.' })
export class GroupingInput {
  @Field(() => String) @Length(1, 200) name!: string;

  @Field(() => [String], { description: 'Codes INSEE des communes membres (au moins deux, d’un même département).' })
  @ArrayMaxSize(100)
  communeInseeCodes!: string[];

  @Field(() => [SchoolPayerInput], { description: 'Écoles payées par une autre commune que la leur ; les autres sont payées par leur commune.' })
  @ValidateNested() @ArrayMaxSize(200)
  payers!: SchoolPayerInput[];

  @Field(() => Int, { nullable: true, description: 'La version lue, requise pour modifier un regroupement existant.' })
  @IsOptional() @Min(1)
  version?: number | null;
}
