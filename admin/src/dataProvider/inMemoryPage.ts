import type { ListQuery } from './listQuery';

/** How to read each sortable field of a record, by react-admin's sort field (a column's `source` or `sortBy`). */
export type SortValues<T> = Partial<Record<string, (record: T) => string | number>>;

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

const compare = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

/**
 * A page of records that the API answers all at once (a summary, not a paginated list), sorted and sliced
 * here as react-admin asks. An unknown sort field keeps the API's order.
 */
export function inMemoryPage<T>(records: readonly T[], { offset, limit, sort }: Pick<ListQuery, 'offset' | 'limit' | 'sort'>, sortValues: SortValues<T>) {
  const valueOf = sort && Object.hasOwn(sortValues, sort.field) ? sortValues[sort.field] : undefined;
  const direction = sort?.order === 'DESC' ? -1 : 1;
  const sorted = valueOf ? [...records].sort((a, b) => direction * compare(valueOf(a), valueOf(b))) : records;
  return { data: sorted.slice(offset, offset + limit), total: records.length };
}
