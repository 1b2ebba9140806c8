import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import { IsSchoolYear, PlaceFilter } from './filter.inputs.js';

export enum PaymentOrderField { DUE_ON = 'DUE_ON', ISSUED_ON = 'ISSUED_ON', AMOUNT = 'AMOUNT' }
registerEnumType(PaymentOrderField, { name: 'PaymentOrderField' });

@InputType() export class PaymentOrder extends OrderInput(PaymentOrderField) {}

@InputType()
export class PaymentFilter extends PlaceFilter {
  @Field(() => String, { nullable: true })
  @IsOptional() @IsSchoolYear()
  schoolYear?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true : titres impayés dont l’échéance est passée.' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  paid?: boolean | null;
}

@ArgsType()
export class PaymentsArgs extends PageArgs {
  @Field(() => PaymentFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: PaymentFilter | null;

  @Field(() => [PaymentOrder], { nullable: true })
  orderBy?: PaymentOrder[] | null;
}

@InputType({ description: 'Titre de recette émis pour une convention signée, ou pour l’un de ses avenants signés.' })
export class RevenueOrderInput {
  @Field(() => ID, { nullable: true, description: 'L’avenant facturé ; absent : la convention elle-même.' })
  amendmentId?: string | null;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => String, { description: 'Référence du titre (numéro Chorus Pro…).' })
  @Length(1, 100)
  reference!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Échéance ; par défaut 30 jours après l’émission.' })
  dueOn?: string | null;
}
