import type { RequestContext } from '../context.js';
import { rows, sqlBuilder, toInstant } from '../common/sql.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { changesBetween, creation, recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import type { IncidentFilter } from './incident.inputs.js';
import { requireText } from './incident-workflow.service.js';
import { SavedIncidentFilter } from './saved-incident-filter.entity.js';

export interface SavedFilterView {
  id: number;
  name: string;
  filter: IncidentFilter;
  createdAt: Date;
  updatedAt: Date;
}

/** A user's saved filters, by name. Nobody else's: another user's filter is NOT_FOUND. */
export async function savedFiltersOf(ctx: RequestContext): Promise<SavedFilterView[]> {
  const found = await rows<Record<string, unknown>>(ctx.em, sqlBuilder(ctx.em).selectFrom('saved_incident_filter')
    .select(['id', 'name', 'filter', 'created_at as createdAt', 'updated_at as updatedAt']).where('user_id', '=', ctx.user!.id).orderBy('name'));
  return found.map((row) => ({
    id: row.id as number, name: row.name as string, filter: JSON.parse(row.filter as string) as IncidentFilter,
    createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
  }));
}

/** Only the criteria given, as JSON (the input object also carries class-transformer's prototype). */
const stored = (filter: IncidentFilter) => JSON.stringify(Object.fromEntries(Object.entries(filter).filter(([, value]) => value != null)));

const taken = (name: string) => new ConflictError(`Vous avez déjà un filtre nommé « ${name} ».`);

export async function saveIncidentFilter(ctx: RequestContext, name: string, filter: IncidentFilter): Promise<number> {
  const label = requireText(name, 'name', 100);
  return ctx.em.transactional(async (em) => {
    if (await em.count(SavedIncidentFilter, { user: ctx.user!.id, name: label })) throw taken(label);
    const saved = em.create(SavedIncidentFilter, { user: em.getReference(User, ctx.user!.id), name: label, filter: stored(filter) });
    await em.flush();
    recordAudit(em, ctx, { operation: 'saveIncidentFilter', targetType: 'SavedIncidentFilter', targetId: saved.id, changes: creation({ name: saved.name, filter: saved.filter }) });
    return saved.id;
  });
}

export async function updateIncidentFilter(ctx: RequestContext, id: number, name: string | null | undefined, filter: IncidentFilter | null | undefined): Promise<void> {
  const label = name == null ? undefined : requireText(name, 'name', 100);
  await ctx.em.transactional(async (em) => {
    const saved = await em.findOne(SavedIncidentFilter, { id, user: ctx.user!.id });
    if (!saved) throw new NotFoundError(`Aucun filtre enregistré n° ${id}.`);
    const before = { name: saved.name, filter: saved.filter };
    if (label !== undefined && label !== saved.name) {
      if (await em.count(SavedIncidentFilter, { user: ctx.user!.id, name: label })) throw taken(label);
      saved.name = label;
    }
    if (filter) saved.filter = stored(filter);
    recordAudit(em, ctx, { operation: 'updateIncidentFilter', targetType: 'SavedIncidentFilter', targetId: id, changes: changesBetween(before, { name: saved.name, filter: saved.filter }) });
  });
}

export async function deleteIncidentFilter(ctx: RequestContext, id: number): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const saved = await em.findOne(SavedIncidentFilter, { id, user: ctx.user!.id });
    if (!saved) throw new NotFoundError(`Aucun filtre enregistré n° ${id}.`);
    recordAudit(em, ctx, { operation: 'deleteIncidentFilter', targetType: 'SavedIncidentFilter', targetId: id, changes: { name: [saved.name, null], filter: [saved.filter, null] } });
    em.remove(saved);
  });
}
