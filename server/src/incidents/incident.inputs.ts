import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { DEPARTMENT_CODE } from '../territory/territory.inputs.js';
import { IncidentCategory, IncidentChannel, IncidentStatus, Level, Priority, ReporterRole } from './incident.enums.js';
import type { Incident } from './incident.entity.js';

@InputType({ description: 'Signalement d’un incident ou d’une demande. Sans école ni commune : toute la plateforme.' })
export class ReportIncidentInput implements Partial<Incident> {
  @Field(() => ReporterRole)
  reporterRole!: ReporterRole;

  @Field(() => String)
  @Length(1, 200, { message: 'Le nom du déclarant doit compter de 1 à 200 caractères.' })
  reporterName!: string;

  @Field(() => String)
  @IsEmail({}, { message: 'Adresse électronique du déclarant invalide.' })
  reporterEmail!: string;

  @Field(() => String, { nullable: true })
  schoolUai?: string | null;

  @Field(() => String, { nullable: true })
  communeInseeCode?: string | null;

  @Field(() => IncidentCategory)
  category!: IncidentCategory;

  @Field(() => Level)
  impact!: Level;

  @Field(() => Level)
  urgency!: Level;

  @Field(() => IncidentChannel, { defaultValue: IncidentChannel.CONSOLE })
  channel!: IncidentChannel;

  @Field(() => String)
  @Length(1, 200, { message: 'Le titre doit compter de 1 à 200 caractères.' })
  title!: string;

  @Field(() => String)
  @Length(1, 10_000, { message: 'La description doit compter de 1 à 10 000 caractères.' })
  description!: string;
}

/**
 * Incident list filters. The same class is the output type of saved filters, so that what is saved is what
 * the list accepts. A list accepts a single value too (`status: NEW`).
 */
@ObjectType('IncidentFilterValues', { description: 'Critères d’un filtre enregistré.' })
@InputType('IncidentFilter')
export class IncidentFilter {
  @Field(() => [IncidentStatus], { nullable: true })
  status?: IncidentStatus[] | null;

  @Field(() => [Priority], { nullable: true })
  priority?: Priority[] | null;

  @Field(() => [IncidentCategory], { nullable: true })
  category?: IncidentCategory[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(DEPARTMENT_CODE, { message: 'Code de département INSEE attendu (34, 2A, 971…).' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true })
  schoolUai?: string | null;

  @Field(() => String, { nullable: true })
  communeInseeCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true : échéance de prise en charge ou de résolution dépassée ; false : aucune.' })
  breached?: boolean | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true : sans attributaire ; false : attribués.' })
  unassigned?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Les incidents rattachés à cet incident majeur.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Recherche (sans accents ni casse) dans la référence, le titre, le nom et l’adresse du déclarant.' })
  @IsOptional() @Length(1, 100)
  q?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Signalés ce jour-là ou après (heure de Paris).' })
  reportedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Signalés ce jour-là ou avant (heure de Paris).' })
  reportedTo?: string | null;
}

export enum IncidentOrderField {
  RESOLVE_DUE_AT = 'RESOLVE_DUE_AT',
  OWN_DUE_AT = 'OWN_DUE_AT',
  REPORTED_AT = 'REPORTED_AT',
  PRIORITY = 'PRIORITY',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(IncidentOrderField, { name: 'IncidentOrderField' });

@InputType()
export class IncidentOrder extends OrderInput(IncidentOrderField) {}

@ArgsType()
export class IncidentsArgs extends PageArgs {
  @Field(() => IncidentFilter, { nullable: true })
  @IsOptional() @ValidateNested()
  filter?: IncidentFilter | null;

  @Field(() => [IncidentOrder], { nullable: true, description: 'Par défaut : les plus récents d’abord. La file : RESOLVE_DUE_AT croissant.' })
  orderBy?: IncidentOrder[] | null;
}
