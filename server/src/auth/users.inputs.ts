import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, Length, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { Role, ScopeLevel } from './auth.enums.js';
import type { User } from './user.entity.js';

export enum UserOrderField { EMAIL = 'EMAIL', DISPLAY_NAME = 'DISPLAY_NAME', LAST_LOGIN_AT = 'LAST_LOGIN_AT', CREATED_AT = 'CREATED_AT' }
registerEnumType(UserOrderField, { name: 'UserOrderField' });

@InputType() export class UserOrder extends OrderInput(UserOrderField) {}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Recherche dans le nom ou l’adresse électronique.' })
  @IsOptional() @Length(1, 100)
  q?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true }) @IsOptional() @ValidateNested()
  filter?: UserFilter | null;

  @Field(() => [UserOrder], { nullable: true })
  orderBy?: UserOrder[] | null;
}

@InputType({ description: 'Habilitation : rôle et périmètre (code de région, d’académie, de département, ou identifiant de circonscription).' })
export class GrantInput {
  @Field(() => Role)
  role!: Role;

  @Field(() => ScopeLevel)
  scopeLevel!: ScopeLevel;

  @Field(() => String)
  @Length(1, 20)
  scopeCode!: string;
}

const EMAIL_MESSAGE = 'Adresse électronique invalide.';

@InputType()
export class CreateUserInput implements Partial<Omit<User, 'grants'>> {
  @Field(() => String)
  @IsEmail({}, { message: EMAIL_MESSAGE }) @Length(3, 254)
  email!: string;

  @Field(() => String)
  @Length(1, 200, { message: 'Le nom doit compter de 1 à 200 caractères.' })
  displayName!: string;

  @Field(() => String, { description: 'Mot de passe initial, conforme à la politique (CNIL 2022-100).' })
  password!: string;

  @Field(() => [GrantInput])
  @ValidateNested() @ArrayMaxSize(50)
  grants!: GrantInput[];
}

@InputType()
export class UpdateUserInput implements Partial<User> {
  @Field(() => String, { nullable: true })
  @IsOptional() @IsEmail({}, { message: EMAIL_MESSAGE }) @Length(3, 254)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200, { message: 'Le nom doit compter de 1 à 200 caractères.' })
  displayName?: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  id!: string;
}
