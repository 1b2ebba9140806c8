import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { DEPARTMENT_CODE } from '../territory/territory.inputs.js';

/** The shape `2022-2023` only; `requireSchoolYear` then checks that the two years follow each other. */
export const IsSchoolYear = () => Matches(/^\d{4}-\d{4}$/, { message: 'Année scolaire attendue sous la forme 2022-2023.' });
export const IsDepartmentCode = () => Matches(DEPARTMENT_CODE, { message: 'Code de département INSEE attendu (34, 2A, 971…).' });

/** The académie or département of the commune: what every convention list and total is narrowed by. */
@InputType()
export abstract class PlaceFilter {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 2)
  academyCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsDepartmentCode()
  departmentCode?: string | null;
}
