import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { DateTimeScalar } from '../common/scalars.js';
import { NotFoundError } from '../errors.js';
import { Roles } from '../auth/access.js';
import { IncidentFilter } from './incident.inputs.js';
import { INCIDENT_READERS } from './incident.perimeter.js';
import { deleteIncidentFilter, saveIncidentFilter, savedFiltersOf, updateIncidentFilter, type SavedFilterView } from './saved-filter.service.js';

@ObjectType('SavedIncidentFilter', { description: 'Filtre d’incidents enregistré par un agent (ses files).' })
export class SavedIncidentFilterType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => IncidentFilter) filter!: IncidentFilter;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

/** Each user's own saved incident filters. */
@Resolver()
export class SavedIncidentFilterResolver {
  @Roles(...INCIDENT_READERS)
  @Query(() => [SavedIncidentFilterType], { description: 'Mes filtres enregistrés, par nom.' })
  savedIncidentFilters(@Ctx() ctx: RequestContext) {
    return savedFiltersOf(ctx);
  }

  @Roles(...INCIDENT_READERS)
  @Mutation(() => SavedIncidentFilterType, { description: 'Enregistre un filtre sous un nom (unique pour soi).' })
  async saveIncidentFilter(@Arg('name', () => String) name: string, @Arg('filter', () => IncidentFilter) filter: IncidentFilter, @Ctx() ctx: RequestContext) {
    return reread(ctx, await saveIncidentFilter(ctx, name, filter));
  }

  @Roles(...INCIDENT_READERS)
  @Mutation(() => SavedIncidentFilterType, { description: 'Renomme un filtre ou en remplace les critères.' })
  async updateIncidentFilter(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('filter', () => IncidentFilter, { nullable: true }) filter: IncidentFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    await updateIncidentFilter(ctx, parseId(id, 'id'), name, filter);
    return reread(ctx, parseId(id, 'id'));
  }

  @Roles(...INCIDENT_READERS)
  @Mutation(() => Boolean, { description: 'Supprime un de ses filtres.' })
  async deleteIncidentFilter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    await deleteIncidentFilter(ctx, parseId(id, 'id'));
    return true;
  }
}

async function reread(ctx: RequestContext, id: number): Promise<SavedFilterView> {
  const saved = (await savedFiltersOf(ctx)).find((filter) => filter.id === id);
  if (!saved) throw new NotFoundError(`Aucun filtre enregistré n° ${id}.`);
  return saved;
}
