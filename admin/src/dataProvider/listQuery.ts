import type { GetListParams, SortPayload } from 'react-admin';
import type { OrderDirection } from '../graphql/generated/graphql';
import type { Values } from './values';

/** react-admin's list parameters in the API's terms. */
export interface ListQuery {
  offset: number;
  limit: number;
  sort: SortPayload | undefined;
  filter: Values;
}

export const toListQuery = ({ pagination, sort, filter }: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>): ListQuery => {
  const page = pagination?.page ?? 1;
  const perPage = pagination?.perPage ?? 25;
  return { offset: (page - 1) * perPage, limit: perPage, sort, filter: (filter ?? {}) as Values };
};

/**
 * The `{ offset, limit, orderBy, filter }` arguments of a list query. `sortFields` maps react-admin's sort
 * field (a column's `source` or `sortBy`) to the schema's order field; an unmapped field leaves the
 * server's default order.
 */
export function listVariables<TField extends string, TFilter>(
  query: ListQuery,
  sortFields: Partial<Record<string, TField>>,
  filter: (values: Values) => TFilter,
): { offset: number; limit: number; orderBy: Array<{ field: TField; direction: OrderDirection }> | undefined; filter: TFilter } {
  const field = query.sort && Object.hasOwn(sortFields, query.sort.field) ? sortFields[query.sort.field] : undefined;
  return {
    offset: query.offset,
    limit: query.limit,
    orderBy: field && query.sort ? [{ field, direction: query.sort.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined,
    filter: filter(query.filter),
  };
}

/** A page of the API (`nodes`, `totalCount`) as react-admin's `{ data, total }`. */
export const listResult = <TNode, TRecord>(page: { nodes: TNode[]; totalCount: number }, toRecord: (node: TNode) => TRecord) => ({
  data: page.nodes.map(toRecord),
  total: page.totalCount,
});
