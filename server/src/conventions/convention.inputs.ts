import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { ConventionStatus, PresidentVote } from './convention.enums.js';
import type { CouncilDeliberation } from './deliberation.entity.js';
import { IsSchoolYear, PlaceFilter } from './filter.inputs.js';
import { MAX_SCHOOLS } from './input-checks.js';


export enum ConventionOrderField {
  COMMUNE_NAME = 'COMMUNE_NAME',
  COMMUNE_INSEE_CODE = 'COMMUNE_INSEE_CODE',
  DEPARTMENT_CODE = 'DEPARTMENT_CODE',
  SCHOOL_YEAR = 'SCHOOL_YEAR',
  STATUS = 'STATUS',
  AMOUNT = 'AMOUNT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ConventionOrderField, { name: 'ConventionOrderField' });

@InputType() export class ConventionOrder extends OrderInput(ConventionOrderField) {}

@InputType()
export class ConventionFilter extends PlaceFilter {
  @Field(() => String, { nullable: true })
  @IsOptional() @IsSchoolYear()
  schoolYear?: string | null;

  @Field(() => ConventionStatus, { nullable: true })
  status?: ConventionStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 5)
  communeInseeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Recherche dans le nom de la commune (sans accents ni casse).' })
  @IsOptional() @Length(1, 100)
  q?: string | null;
}

@ArgsType()
export class ConventionsArgs extends PageArgs {
  @Field(() => ConventionFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: ConventionFilter | null;

  @Field(() => [ConventionOrder], { nullable: true })
  orderBy?: ConventionOrder[] | null;
}

@InputType({ description: 'Nouvelle convention : la commune, l’année scolaire et les écoles qu’elle inscrit.' })
export class CreateConventionInput {
  @Field(() => String)
  @Length(1, 5)
  communeInseeCode!: string;

  @Field(() => String)
  @IsSchoolYear()
  schoolYear!: string;

  @Field(() => [String], { description: 'Codes UAI des écoles inscrites (article 9).' })
  @ArrayMaxSize(MAX_SCHOOLS)
  schoolUais!: string[];
}

@InputType({ description: 'Dates de signature des deux parties.' })
export class SignatureInput {
  @Field(() => DateScalar, { description: 'Signature par le maire.' })
  communeSignedOn!: string;

  @Field(() => DateScalar, { description: 'Signature pour la région académique.' })
  academySignedOn!: string;
}

const TEXT = (max: number) => Length(1, max, { message: `De 1 à ${max} caractères.` });

@InputType({ description: 'Délibération du conseil municipal, telle que l’extrait du registre l’imprime.' })
export class DeliberationInput implements Partial<CouncilDeliberation> {
  @Field(() => DateScalar) meetingDate!: string;
  @Field(() => String, { description: 'Numéro au registre, par exemple 48/2023.' }) @TEXT(30) number!: string;
  @Field(() => Int) membersInOffice!: number;
  @Field(() => Int) present!: number;
  @Field(() => Int, { description: 'Absents ayant donné pouvoir à un présent.' }) represented!: number;
  @Field(() => Int, { description: 'Absents sans pouvoir.' }) absent!: number;
  @Field(() => Int) voters!: number;
  @Field(() => Int) votesFor!: number;
  @Field(() => Int) votesAgainst!: number;
  @Field(() => Int) abstentions!: number;
  @Field(() => Int, { nullable: true, description: 'Bulletins blancs ou nuls (scrutin secret seulement).' }) blankOrSpoilt?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Seconde convocation après une réunion sans quorum.' }) secondConvocation?: boolean;
  @Field(() => DateScalar, { nullable: true }) firstMeetingDate?: string | null;
  @Field(() => PresidentVote, { nullable: true, description: 'Vote du président : requis pour départager un partage égal à main levée.' }) presidentVote?: PresidentVote | null;
  @Field(() => Boolean, { nullable: true }) secretBallot?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @TEXT(200) secretary?: string | null;
  @Field(() => String, { nullable: true, description: 'Identifiant ACTES de l’accusé de réception, par exemple 034-213402761-20221028-2022-10-062-DE.' })
  @IsOptional() @TEXT(80) actesId?: string | null;
  @Field(() => DateScalar, { nullable: true }) transmittedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) receivedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) publishedOn?: string | null;
}
