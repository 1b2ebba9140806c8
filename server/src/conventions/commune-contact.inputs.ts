import { Field, InputType, Int } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, Min } from 'class-validator';
import type { CommuneContact } from './commune-contact.entity.js';

const EMAIL_MESSAGE = 'Adresse électronique invalide.';

@InputType({ description: 'Coordonnées d’une commune : les champs absents restent inchangés, null efface.' })
export class CommuneContactInput implements Partial<Omit<CommuneContact, 'version'>> {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) mayorName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) mayorCapacity?: string | null;
  @Field(() => String, { nullable: true, description: 'SIRET de la mairie (14 chiffres, espaces tolérés).' }) @IsOptional() @Length(14, 20) townHallSiret?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{5}$/, { message: 'Code postal à 5 chiffres attendu.' }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: EMAIL_MESSAGE }) @Length(3, 254) townHallEmail?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) referentName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: EMAIL_MESSAGE }) @Length(3, 254) referentEmail?: string | null;

  @Field(() => Int, { nullable: true, description: 'La version lue, requise pour modifier des coordonnées existantes : une version dépassée donne CONFLICT.' })
  @IsOptional() @Min(1)
  version?: number | null;
}
