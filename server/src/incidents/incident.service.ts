import type { SelectQueryBuilder } from 'kysely';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { agentColumns, agentView, type Agent } from '../auth/agent.js';
import type { CurrentUser } from '../auth/current-user.js';
import { byKey } from '../common/loaders.js';
import { parseId } from '../common/ids.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { firstRow, rows, sqlBuilder, toBool, toInstant, type Eb } from '../common/sql.js';
import { containsPattern } from '../common/text.js';
import { ForbiddenError } from '../errors.js';
import { requireUai } from '../schools/school.service.js';
import type { PageWants } from '../territory/territory.service.js';
import { IncidentOrderField, type IncidentFilter, type IncidentsArgs } from './incident.inputs.js';
import { canSeeInternalComments, readableIncidents } from './incident.perimeter.js';
import { FULL_READ, incidentReadColumns, incidentView, type IncidentRead, type IncidentView } from './incident.views.js';

type Query = SelectQueryBuilder<any, any, any>;

const ORDER_COLUMNS: Record<IncidentOrderField, string> = {
  [IncidentOrderField.RESOLVE_DUE_AT]: 'i.resolve_due_at',
  [IncidentOrderField.OWN_DUE_AT]: 'i.own_due_at',
  [IncidentOrderField.REPORTED_AT]: 'i.reported_at',
  [IncidentOrderField.PRIORITY]: 'i.priority',
  [IncidentOrderField.UPDATED_AT]: 'i.updated_at',
};

/**
 * Late: a due instant passed before the target was met or the clock stopped, or before now while it runs
 * (the SQL twin of `isLate` in incident.rules.ts).
 */
export const breachedAt = (now: Date) => (eb: Eb) => eb.or([
  eb('i.own_due_at', '<', eb.fn.coalesce('i.owned_at', eb.val(now))),
  eb('i.resolve_due_at', '<', eb.fn.coalesce('i.clock_stopped_at', eb.val(now))),
]);

/** Every filter is on the incident table itself, so counts need no join. */
export function applyIncidentFilter(q: Query, filter: IncidentFilter | null | undefined, now: Date): Query {
  if (!filter) return q;
  const { status, priority, category, departmentCode, schoolUai, communeInseeCode, breached, assigneeId, unassigned, parentId, q: text, reportedFrom, reportedTo } = filter;
  if (status?.length) q = q.where('i.status', 'in', status);
  if (priority?.length) q = q.where('i.priority', 'in', priority);
  if (category?.length) q = q.where('i.category', 'in', category);
  if (departmentCode) q = q.where('i.department_code', '=', departmentCode);
  if (schoolUai) q = q.where('i.school_uai', '=', requireUai(schoolUai, 'schoolUai'));
  if (communeInseeCode) q = q.where('i.commune_insee_code', '=', communeInseeCode.trim().toUpperCase());
  if (breached != null) q = q.where((eb: Eb) => (breached ? breachedAt(now)(eb) : eb.not(breachedAt(now)(eb))));
  if (assigneeId) q = q.where('i.assignee_id', '=', parseId(assigneeId, 'assigneeId'));
  if (unassigned != null) q = q.where('i.assignee_id', unassigned ? 'is' : 'is not', null);
  if (parentId) q = q.where('i.parent_id', '=', parseId(parentId, 'parentId'));
  if (text) q = q.where('i.search_text', 'like', containsPattern(text));
  if (reportedFrom) q = q.where('i.reported_on', '>=', reportedFrom);
  if (reportedTo) q = q.where('i.reported_on', '<=', reportedTo);
  return q;
}

/** Incidents a user may read (docs/decisions/0010-incidents.md). */
export function readableBy(user: CurrentUser): (q: Query) => Query {
  const condition = readableIncidents(user);
  return (q) => (condition ? q.where(condition) : q);
}

function withRelations(q: Query, read: IncidentRead): Query {
  if (read.joins.school) q = q.leftJoin('school as sc', 'sc.uai', 'i.school_uai');
  if (read.joins.commune) q = q.leftJoin('commune as cm', 'cm.insee_code', 'i.commune_insee_code');
  if (read.joins.assignee) q = q.leftJoin('app_user as au', 'au.id', 'i.assignee_id');
  return q.select(incidentReadColumns(read));
}

export function listIncidents(ctx: RequestContext, args: IncidentsArgs, wants: PageWants, read: IncidentRead): Promise<Page<IncidentView>> {
  const readable = readableBy(ctx.user!);
  return listPage(ctx.em, {
    from: 'incident as i',
    key: 'i.id',
    where: (q) => readable(applyIncidentFilter(q, args.filter, ctx.now)),
    orderColumns: ORDER_COLUMNS,
    orderBy: args.orderBy,
    defaultOrder: [{ field: IncidentOrderField.REPORTED_AT, direction: OrderDirection.DESC }],
    select: (q) => withRelations(q, read),
    toView: (row) => incidentView(row, read),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

/**
 * One statement: the incident and the relations asked for, within the reader's perimeter. Outside it the
 * incident is FORBIDDEN (its existence says nothing personal, like a school's); unknown, undefined.
 */
export async function findIncident(ctx: RequestContext, id: number, read: IncidentRead): Promise<IncidentView | undefined> {
  const db = sqlBuilder(ctx.em);
  const row = await firstRow<Record<string, unknown>>(ctx.em, readableBy(ctx.user!)(withRelations(db.selectFrom('incident as i'), read).where('i.id', '=', id)));
  if (row) return incidentView(row, read);
  if (await firstRow(ctx.em, db.selectFrom('incident').select('id').where('id', '=', id))) throw new ForbiddenError(`L’incident n° ${id} est hors de votre périmètre.`);
  return undefined;
}

/** Incidents with every relation, within the reader's perimeter, in id order: linked incidents, exports. */
export function incidentsWhere(em: EntityManager, user: CurrentUser | null, where: (q: Query) => Query): Promise<IncidentView[]> {
  const query = readableBy(user!)(where(withRelations(sqlBuilder(em).selectFrom('incident as i'), FULL_READ))).orderBy('i.id');
  return rows<Record<string, unknown>>(em, query).then((found) => found.map((row) => incidentView(row, FULL_READ)));
}

export const incidentById = byKey<number, IncidentView>(
  (em, ids, user) => incidentsWhere(em, user, (q) => q.where('i.id', 'in', ids)),
  (incident) => incident.id,
);

export const childrenOf = byKey<number, { parentId: number; children: IncidentView[] }>(
  async (em, parentIds, user) => {
    const children = await incidentsWhere(em, user, (q) => q.where('i.parent_id', 'in', parentIds));
    return parentIds.map((parentId) => ({ parentId, children: children.filter((child) => child.parentId === parentId) }));
  },
  (group) => group.parentId,
);

export interface IncidentCommentView {
  id: number;
  body: string;
  internal: boolean;
  createdAt: Date;
  author: Agent;
}

/** Comments in order; internal ones only for the support staff. */
export const commentsOf = byKey<number, { incidentId: number; comments: IncidentCommentView[] }>(
  async (em, incidentIds, user) => {
    let query = sqlBuilder(em).selectFrom('incident_comment as c').innerJoin('app_user as u', 'u.id', 'c.author_id')
      .select(['c.incident_id as incidentId', 'c.id as id', 'c.body as body', 'c.internal as internal', 'c.created_at as createdAt', ...agentColumns('u', 'author$')])
      .where('c.incident_id', 'in', incidentIds).orderBy('c.id');
    if (!canSeeInternalComments(user!)) query = query.where('c.internal', '=', false);
    const found = (await rows<Record<string, unknown>>(em, query)).map((row) => ({
      incidentId: row.incidentId as number,
      comment: { id: row.id as number, body: row.body as string, internal: toBool(row.internal), createdAt: toInstant(row.createdAt)!, author: agentView(row, 'author$') },
    }));
    return incidentIds.map((incidentId) => ({ incidentId, comments: found.filter((c) => c.incidentId === incidentId).map((c) => c.comment) }));
  },
  (group) => group.incidentId,
);
