import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { DateTimeScalar } from '../common/scalars.js';

export enum AuditEntryOrderField { AT = 'AT' }
registerEnumType(AuditEntryOrderField, { name: 'AuditEntryOrderField' });

@InputType() export class AuditEntryOrder extends OrderInput(AuditEntryOrderField) {}

@InputType()
export class AuditEntryFilter {
  @Field(() => String, { nullable: true, description: 'Type de l’élément : School, User, Convention…' })
  @IsOptional() @Length(1, 60)
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 80)
  targetId?: string | null;

  @Field(() => ID, { nullable: true })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 80)
  operation?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  to?: Date | null;
}

@ArgsType()
export class AuditEntriesArgs extends PageArgs {
  @Field(() => AuditEntryFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: AuditEntryFilter | null;

  @Field(() => [AuditEntryOrder], { nullable: true })
  orderBy?: AuditEntryOrder[] | null;
}
