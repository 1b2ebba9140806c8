import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { PageArgs, PageType } from '../common/pagination.js';
import { Academy } from '../territory/academy.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { Department } from '../territory/department.entity.js';
import { ConventionStatus } from './convention.enums.js';
import { IsSchoolYear, PlaceFilter } from './filter.inputs.js';

/** Read models of the academic team's dashboard: plain objects, computed by dashboard.service.ts. */

@InputType({ description: 'Restreint un tableau de bord à une académie ou un département (dans le périmètre de l’utilisateur).' })
export class YearScope extends PlaceFilter {
  @Field(() => String)
  @IsSchoolYear()
  schoolYear!: string;
}

@ObjectType({ description: 'Une étape de l’entonnoir : les conventions d’un statut.' })
export class FunnelStage {
  @Field(() => ConventionStatus) status!: ConventionStatus;
  @Field(() => Int) conventions!: number;
  @Field(() => Int, { description: 'Écoles inscrites (avenants compris).' }) schools!: number;
  @Field(() => Int, { description: 'Montants des conventions et de leurs avenants, en centimes.' }) amountCents!: number;
}

@ObjectType({ description: 'Totaux d’une année : attendus (conventions non annulées), signés, encaissés, en retard.' })
export class ConventionAmounts {
  @Field(() => Int) conventions!: number;
  @Field(() => Int) signedConventions!: number;
  @Field(() => Int) schools!: number;
  @Field(() => Int, { description: 'Conventions non annulées et leurs avenants, en centimes.' }) expectedAmountCents!: number;
  @Field(() => Int, { description: 'Conventions signées (ou expirées) et avenants signés, en centimes.' }) signedAmountCents!: number;
  @Field(() => Int) paidAmountCents!: number;
  @Field(() => Int, { description: 'Titres impayés dont l’échéance est passée, en centimes.' }) overdueAmountCents!: number;
}

@ObjectType({ description: 'Entonnoir des conventions d’une année : accueil de l’équipe académique.' })
export class ConventionFunnel extends ConventionAmounts {
  @Field(() => String) schoolYear!: string;
  @Field(() => [FunnelStage], { description: 'Toutes les étapes, dans l’ordre du circuit, zéros compris.' }) stages!: FunnelStage[];
  @Field(() => Int, { description: 'Communes qui paient pour des écoles publiques ouvertes mais n’ont pas de convention cette année.' }) communesWithoutConvention!: number;
}

@ObjectType({ description: 'Totaux d’une académie ou d’un département.' })
export class ConventionTotal extends ConventionAmounts {
  @Field(() => Academy) academy!: Academy;
  @Field(() => Department, { nullable: true, description: 'null pour le total d’une académie.' }) department!: Department | null;
}

@ObjectType()
export class ConventionTotals {
  @Field(() => [ConventionTotal]) byAcademy!: ConventionTotal[];
  @Field(() => [ConventionTotal]) byDepartment!: ConventionTotal[];
}

@ObjectType({ description: 'Commune qui paie pour des écoles publiques ouvertes et n’a pas de convention pour l’année.' })
export class CommuneWithoutConvention {
  @Field(() => Commune) commune!: Commune;
  @Field(() => Int) openSchools!: number;
}

@ObjectType() export class CommuneWithoutConventionPage extends PageType(CommuneWithoutConvention) {}

@ArgsType()
export class CommunesWithoutConventionArgs extends PageArgs {
  @Field(() => YearScope) @ValidateNested()
  scope!: YearScope;
}
