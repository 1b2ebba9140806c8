import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { DateScalar } from '../common/scalars.js';
import { InvalidInputError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { IncidentCategory, Priority } from './incident.enums.js';
import { INCIDENT_READERS } from './incident.perimeter.js';
import { incidentSummary, incidentTrends } from './incident-stats.service.js';

@ObjectType()
export class IncidentPriorityCount {
  @Field(() => Priority) priority!: Priority;
  @Field(() => Int, { description: 'Incidents ouverts.' }) open!: number;
  @Field(() => Int, { description: 'Dont en retard sur une échéance.' }) breached!: number;
}

@ObjectType({ description: 'Compteurs des incidents ouverts lisibles dans son périmètre.' })
export class IncidentSummary {
  @Field(() => Int) open!: number;
  @Field(() => Int) unassigned!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) breached!: number;
  @Field(() => [IncidentPriorityCount], { description: 'P1 à P5, zéros compris.' }) byPriority!: IncidentPriorityCount[];
}

@ObjectType()
export class IncidentCategoryCount {
  @Field(() => IncidentCategory) category!: IncidentCategory;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class IncidentWeek {
  @Field(() => DateScalar, { description: 'Le lundi de la semaine.' }) weekOf!: string;
  @Field(() => Int) count!: number;
  @Field(() => [IncidentCategoryCount]) byCategory!: IncidentCategoryCount[];
}

@ObjectType()
export class IncidentCategoryResolution {
  @Field(() => IncidentCategory) category!: IncidentCategory;
  @Field(() => Int) resolvedCount!: number;
  @Field(() => Float, { nullable: true, description: 'Médiane de la durée de résolution, en minutes ouvrées hors attentes ; null sans résolution.' }) medianMinutes!: number | null;
}

@ObjectType({ description: 'Volumes hebdomadaires et durées de résolution, pour les graphiques.' })
export class IncidentTrends {
  @Field(() => [IncidentWeek]) weeks!: IncidentWeek[];
  @Field(() => [IncidentCategoryResolution], { description: 'Incidents résolus pendant ces semaines, par catégorie.' }) resolution!: IncidentCategoryResolution[];
}

/** The support home's figures, within the reader's perimeter. */
@Resolver()
export class IncidentStatsResolver {
  @Roles(...INCIDENT_READERS)
  @Query(() => IncidentSummary, { description: 'Incidents ouverts : total, sans attributaire, en attente, en retard, et par priorité.' })
  incidentSummary(@Ctx() ctx: RequestContext) {
    return incidentSummary(ctx);
  }

  @Roles(...INCIDENT_READERS)
  @Query(() => IncidentTrends, { description: 'Volume par semaine (lundi → dimanche) et médiane de résolution par catégorie.' })
  incidentTrends(@Arg('weeks', () => Int, { defaultValue: 12, description: 'Nombre de semaines, celle en cours comprise (1 à 104).' }) weeks: number, @Ctx() ctx: RequestContext) {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw new InvalidInputError('weeks', 'De 1 à 104 semaines.');
    return incidentTrends(ctx, weeks);
  }
}
