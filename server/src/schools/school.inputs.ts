import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { DEPARTMENT_CODE } from '../territory/territory.inputs.js';
import { SchoolKind, SchoolSector, SchoolStatus } from './school.enums.js';
import type { School } from './school.entity.js';

export enum SchoolOrderField {
  NAME = 'NAME',
  UAI = 'UAI',
  COMMUNE_INSEE_CODE = 'COMMUNE_INSEE_CODE',
  DEPARTMENT_CODE = 'DEPARTMENT_CODE',
  KIND = 'KIND',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SchoolOrderField, { name: 'SchoolOrderField' });

@InputType()
export class SchoolOrder extends OrderInput(SchoolOrderField) {}

@InputType()
export class SchoolFilter {
  @Field(() => String, { nullable: true, description: 'Recherche dans le nom (sans accents ni casse) ou début de code UAI.' })
  @IsOptional() @Length(1, 100)
  q?: string | null;

  @Field(() => [String], { nullable: true, description: 'Ces écoles seulement (codes UAI).' })
  @IsOptional() @ArrayMaxSize(500)
  uais?: string[] | null;

  @Field(() => String, { nullable: true })
  communeInseeCode?: string | null;

  @Field(() => ID, { nullable: true })
  circonscriptionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(DEPARTMENT_CODE, { message: 'Code de département INSEE attendu (34, 2A, 971…).' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true })
  academyCode?: string | null;

  @Field(() => SchoolKind, { nullable: true })
  kind?: SchoolKind | null;

  @Field(() => SchoolSector, { nullable: true })
  sector?: SchoolSector | null;

  @Field(() => SchoolStatus, { nullable: true })
  status?: SchoolStatus | null;
}

@ArgsType()
export class SchoolsArgs extends PageArgs {
  @Field(() => SchoolFilter, { nullable: true })
  @IsOptional() @ValidateNested()
  filter?: SchoolFilter | null;

  @Field(() => [SchoolOrder], { nullable: true })
  orderBy?: SchoolOrder[] | null;
}

const NAME_MESSAGE = 'Le nom doit compter de 1 à 200 caractères.';
const EMAIL_MESSAGE = 'Adresse électronique invalide.';
const POSTAL_CODE_MESSAGE = 'Code postal à 5 chiffres attendu.';
const PHONE_MESSAGE = 'Numéro de téléphone invalide.';
export const PHONE = /^\+?[0-9 .()-]{6,20}$/;

/** Fields a person may type for a school, shared by creation and update. */
@InputType()
abstract class SchoolFields implements Partial<School> {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200, { message: NAME_MESSAGE })
  name?: string;

  @Field(() => SchoolKind, { nullable: true })
  kind?: SchoolKind;

  @Field(() => SchoolSector, { nullable: true })
  sector?: SchoolSector;

  @Field(() => String, { nullable: true })
  communeInseeCode?: string;

  @Field(() => ID, { nullable: true })
  circonscriptionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(/^\d{5}$/, { message: POSTAL_CODE_MESSAGE })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsEmail({}, { message: EMAIL_MESSAGE })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200)
  directorName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsEmail({}, { message: EMAIL_MESSAGE })
  directorEmail?: string | null;
}

@InputType({ description: 'Nouvelle école. Le code UAI est vérifié (lettre de contrôle).' })
export class CreateSchoolInput extends SchoolFields {
  @Field(() => String)
  uai!: string;

  @Field(() => String)
  @Length(1, 200, { message: NAME_MESSAGE })
  declare name: string;

  @Field(() => SchoolKind)
  declare kind: SchoolKind;

  @Field(() => SchoolSector, { defaultValue: SchoolSector.PUBLIC })
  declare sector: SchoolSector;

  @Field(() => String)
  declare communeInseeCode: string;
}

@InputType({ description: 'Modification d’une école : les champs absents restent inchangés, null efface.' })
export class UpdateSchoolInput extends SchoolFields {
  @Field(() => Int, { description: 'La version lue : une version dépassée donne CONFLICT.' })
  @Min(1)
  version!: number;
}
