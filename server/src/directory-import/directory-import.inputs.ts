import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { OrderInput, PageArgs } from '../common/pagination.js';
import { ImportKind, ImportOutcome, ImportStatus } from './directory-import.enums.js';

export enum DirectoryImportOrderField { CREATED_AT = 'CREATED_AT' }
registerEnumType(DirectoryImportOrderField, { name: 'DirectoryImportOrderField' });

@InputType() export class DirectoryImportOrder extends OrderInput(DirectoryImportOrderField) {}

@InputType()
export class DirectoryImportFilter {
  @Field(() => ImportKind, { nullable: true }) kind?: ImportKind | null;
  @Field(() => ImportStatus, { nullable: true }) status?: ImportStatus | null;
}

@ArgsType()
export class DirectoryImportsArgs extends PageArgs {
  @Field(() => DirectoryImportFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: DirectoryImportFilter | null;
  @Field(() => [DirectoryImportOrder], { nullable: true }) orderBy?: DirectoryImportOrder[] | null;
}

@InputType({ description: 'Options d’un import d’annuaire.' })
export class DirectoryImportOptions {
  @Field(() => Boolean, { defaultValue: false, description: 'Toutes les écoles chargées, pas seulement celles des départements servis.' })
  allDepartments: boolean = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Fermer (à la date du jour) les écoles publiques ouvertes des départements couverts par le fichier qui n’y figurent pas ; sinon elles sont seulement signalées (ABSENT).',
  })
  closeAbsent: boolean = false;
}

@ArgsType()
export class DirectoryImportItemsArgs extends PageArgs {
  @Field(() => [ImportOutcome], { nullable: true, description: 'Seulement ces effets (par exemple REJECTED).' })
  outcomes?: ImportOutcome[] | null;
}
