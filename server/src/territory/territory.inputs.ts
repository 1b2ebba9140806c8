import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';

export const DEPARTMENT_CODE = /^(\d{2}|2A|2B|97\d)$/;
const DEPARTMENT_CODE_MESSAGE = 'Code de département INSEE attendu (34, 2A, 971…).';

export enum AcademyOrderField { CODE = 'CODE', NAME = 'NAME' }
export enum DepartmentOrderField { CODE = 'CODE', NAME = 'NAME' }
export enum CommuneOrderField { NAME = 'NAME', INSEE_CODE = 'INSEE_CODE', POPULATION = 'POPULATION', DEPARTMENT_CODE = 'DEPARTMENT_CODE' }
export enum CirconscriptionOrderField { NAME = 'NAME', CODE = 'CODE', DEPARTMENT_CODE = 'DEPARTMENT_CODE' }
registerEnumType(AcademyOrderField, { name: 'AcademyOrderField' });
registerEnumType(DepartmentOrderField, { name: 'DepartmentOrderField' });
registerEnumType(CommuneOrderField, { name: 'CommuneOrderField' });
registerEnumType(CirconscriptionOrderField, { name: 'CirconscriptionOrderField' });

@InputType() export class AcademyOrder extends OrderInput(AcademyOrderField) {}
@InputType() export class DepartmentOrder extends OrderInput(DepartmentOrderField) {}
@InputType() export class CommuneOrder extends OrderInput(CommuneOrderField) {}
@InputType() export class CirconscriptionOrder extends OrderInput(CirconscriptionOrderField) {}

@InputType()
export class AcademyFilter {
  @Field(() => Boolean, { nullable: true, description: 'Seulement les académies servies (Occitanie).' })
  served?: boolean | null;
}

@InputType()
export class DepartmentFilter {
  @Field(() => String, { nullable: true })
  academyCode?: string | null;

  @Field(() => Boolean, { nullable: true })
  served?: boolean | null;
}

@InputType()
export class CommuneFilter {
  @Field(() => [String], { nullable: true, description: 'Ces communes seulement (codes INSEE).' })
  @IsOptional() @ArrayMaxSize(500)
  inseeCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Seulement les communes des académies servies (Occitanie).' })
  served?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Recherche dans le nom, sans tenir compte des accents ni de la casse.' })
  @IsOptional() @Length(1, 100)
  q?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(DEPARTMENT_CODE, { message: DEPARTMENT_CODE_MESSAGE })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true })
  academyCode?: string | null;
}

@InputType()
export class CirconscriptionFilter {
  @Field(() => [ID], { nullable: true, description: 'Ces circonscriptions seulement.' })
  @IsOptional() @ArrayMaxSize(500)
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 100)
  q?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(DEPARTMENT_CODE, { message: DEPARTMENT_CODE_MESSAGE })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true })
  academyCode?: string | null;
}

@ArgsType()
export class AcademiesArgs extends PageArgs {
  @Field(() => AcademyFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: AcademyFilter | null;

  @Field(() => [AcademyOrder], { nullable: true })
  orderBy?: AcademyOrder[] | null;
}

@ArgsType()
export class DepartmentsArgs extends PageArgs {
  @Field(() => DepartmentFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: DepartmentFilter | null;

  @Field(() => [DepartmentOrder], { nullable: true })
  orderBy?: DepartmentOrder[] | null;
}

@ArgsType()
export class CommunesArgs extends PageArgs {
  @Field(() => CommuneFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: CommuneFilter | null;

  @Field(() => [CommuneOrder], { nullable: true })
  orderBy?: CommuneOrder[] | null;
}

@ArgsType()
export class CirconscriptionsArgs extends PageArgs {
  @Field(() => CirconscriptionFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: CirconscriptionFilter | null;

  @Field(() => [CirconscriptionOrder], { nullable: true })
  orderBy?: CirconscriptionOrder[] | null;
}
