import type { SelectQueryBuilder } from 'kysely';
import type { EntityManager } from '../database/orm.js';
import { OrderDirection, type OrderTerm, type Page } from './pagination.js';
import { rows, sqlBuilder, toInt } from './sql.js';

type Query = SelectQueryBuilder<any, any, any>;

export interface ListSpec<F extends string, View> {
  /** The listed table with its alias, e.g. `school as s`. */
  from: string;
  /** Its primary key column, e.g. `s.uai`: the last sort key, so pages never overlap. */
  key: string;
  /** Filters (perimeter included), on the listed table only, so that the count needs no join. */
  where: (query: Query) => Query;
  /** SQL column of each order field. */
  orderColumns: Record<F, string>;
  orderBy: readonly OrderTerm<F>[] | null | undefined;
  defaultOrder: readonly OrderTerm<F>[];
  /** Selects the columns of a page's rows (and joins what the client asked for) around the page's keys. */
  select: (query: Query) => Query;
  toView: (row: Record<string, unknown>) => View;
  offset: number;
  limit: number;
  wantNodes: boolean;
  wantCount: boolean;
}

/**
 * One page of a list in one statement, whatever the page size: the page's keys are chosen by a subquery
 * over the filtered table alone (an index range scan, even at a deep offset), then joined to the rows and
 * relations they need ("deferred join"). When the client wants the total, the same statement carries it as
 * an uncorrelated scalar subquery (`(select count(*) …)`, computed once): no second round trip. A window
 * (`count(*) over ()` on the key scan) would count the same rows, but buffers every one of them first: 2.5×
 * slower on 6,800 open incidents of a département (test/bench/RESULTS.md). A page past the end has no row
 * to carry the total, so only then does a count run alone.
 */
export async function listPage<F extends string, View>(em: EntityManager, spec: ListSpec<F, View>): Promise<Page<View>> {
  const db = sqlBuilder(em);
  const order = [...(spec.orderBy?.length ? spec.orderBy : spec.defaultOrder)];
  const terms = order.map((term) => ({ column: spec.orderColumns[term.field], direction: term.direction === OrderDirection.DESC ? 'desc' : 'asc' } as const));
  if (!terms.some((term) => term.column === spec.key)) terms.push({ column: spec.key, direction: 'asc' });

  const counting = () => spec.where(db.selectFrom(spec.from)).select((eb) => eb.fn.countAll().as('total'));
  const count = async (): Promise<number> => toInt((await rows<{ total: unknown }>(em, counting()))[0]?.total ?? 0);
  if (!spec.wantNodes) return { nodes: [], totalCount: spec.wantCount ? await count() : 0 };

  let keys = spec.where(db.selectFrom(spec.from).select(`${spec.key} as page_key`));
  for (const term of terms) keys = keys.orderBy(term.column, term.direction);
  keys = keys.limit(spec.limit).offset(spec.offset);
  let query = spec.select(db.selectFrom(keys.as('page')).innerJoin(spec.from, spec.key, 'page.page_key'));
  if (spec.wantCount) query = query.select(counting().as('page_total'));
  for (const term of terms) query = query.orderBy(term.column, term.direction);
  const found = await rows<Record<string, unknown>>(em, query);
  const totalCount = !spec.wantCount ? 0 : found.length ? toInt(found[0]!.page_total) : spec.offset === 0 ? 0 : await count();
  return { nodes: found.map(spec.toView), totalCount };
}
