import { Field, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length } from 'class-validator';
import { DateScalar } from '../common/scalars.js';
import { Civility, PublicationDirectorFunction } from './publication-director.enums.js';
import type { PublicationDirectorAssignment } from './publication-director.entity.js';

const NAME_MESSAGE = 'Le nom et le prénom comptent de 1 à 100 caractères.';

@InputType({ description: 'Désignation d’un directeur de publication : pour une école (schoolUai) ou pour une commune (communeInseeCode), exactement l’un des deux.' })
export class AssignPublicationDirectorInput implements Partial<PublicationDirectorAssignment> {
  @Field(() => String, { nullable: true })
  schoolUai?: string | null;

  @Field(() => String, { nullable: true })
  communeInseeCode?: string | null;

  @Field(() => Civility)
  civility!: Civility;

  @Field(() => String)
  @Length(1, 100, { message: NAME_MESSAGE })
  firstName!: string;

  @Field(() => String)
  @Length(1, 100, { message: NAME_MESSAGE })
  lastName!: string;

  @Field(() => String, { description: 'Adresse électronique professionnelle : le courriel de désignation y est envoyé.' })
  @IsEmail({}, { message: 'Adresse électronique invalide.' })
  @Length(3, 254, { message: 'Adresse électronique invalide.' })
  email!: string;

  @Field(() => PublicationDirectorFunction)
  function!: PublicationDirectorFunction;

  @Field(() => String, { nullable: true, description: 'Obligatoire pour la fonction OTHER.' })
  @IsOptional() @Length(1, 500, { message: 'La justification compte de 1 à 500 caractères.' })
  justification?: string | null;

  @Field(() => DateScalar, { description: 'Premier jour de la désignation ; la désignation en cours se termine la veille.' })
  startDate!: string;
}
