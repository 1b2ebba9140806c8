import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { DataSubjectRequest } from './data-request.entity.js';
import { DataSubjectRight, DaysLeftBucket, RefusalGround } from './data-request.enums.js';
import { Applicability } from './guidance.rules.js';

registerEnumType(Applicability, { name: 'RightApplicability', description: 'Le droit s’applique, s’applique avec des limites, ou ne s’applique pas à ce traitement.' });

@ObjectType({ description: 'Motif de refus que la console propose pour un droit.' })
export class ProposedRefusal {
  @Field(() => RefusalGround) ground!: RefusalGround;
  @Field(() => String, { description: 'Texte proposé pour le courrier (article invoqué).' }) detail!: string;
}

@ObjectType({ description: 'Ce que dit le droit pour un droit exercé, selon la base légale du traitement.' })
export class RightGuidance {
  @Field(() => DataSubjectRight) right!: DataSubjectRight;
  @Field(() => Applicability) applicability!: Applicability;
  @Field(() => String) article!: string;
  @Field(() => String) note!: string;
  @Field(() => ProposedRefusal, { nullable: true }) proposedRefusal!: ProposedRefusal | null;
}

@ObjectType()
export class DaysLeftBucketCount {
  @Field(() => DaysLeftBucket) bucket!: DaysLeftBucket;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Accueil du DPO : demandes ouvertes par jours restants, échéances du mois.' })
export class DataSubjectRequestDashboard {
  @Field(() => DateScalar, { description: 'Aujourd’hui (Europe/Paris), la date de référence des jours restants.' }) today!: string;
  @Field(() => Int, { description: 'Demandes reçues ou en cours.' }) open!: number;
  @Field(() => [DaysLeftBucketCount]) buckets!: DaysLeftBucketCount[];
  @Field(() => [DataSubjectRequest], { description: 'Demandes ouvertes dont l’échéance tombe ce mois-ci, par échéance (lecture journalisée).' })
  dueThisMonth!: DataSubjectRequest[];
}

@ObjectType()
export class RightCount {
  @Field(() => DataSubjectRight) right!: DataSubjectRight;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Chiffres d’un mois de réception, pour le graphique du bilan annuel.' })
export class MonthFigures {
  @Field(() => Int) month!: number;
  @Field(() => Int) received!: number;
  @Field(() => Int) answeredOnTime!: number;
  @Field(() => Int) answeredLate!: number;
}

@ObjectType({ description: 'Bilan annuel des demandes reçues dans l’année.' })
export class DataSubjectRequestReport {
  @Field(() => Int) year!: number;
  @Field(() => Int) received!: number;
  @Field(() => [RightCount]) perRight!: RightCount[];
  @Field(() => Int) answered!: number;
  @Field(() => Float, { nullable: true, description: 'Délai médian de première réponse, en jours calendaires.' }) medianAnswerDays!: number | null;
  @Field(() => Float, { nullable: true, description: 'Part des réponses données dans le délai, en pourcentage.' }) onTimePercent!: number | null;
  @Field(() => Int, { description: 'Demandes de l’année sans réponse et en retard aujourd’hui.' }) openOverdue!: number;
  @Field(() => [MonthFigures]) perMonth!: MonthFigures[];
}
