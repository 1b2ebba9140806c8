import type { Values } from '../../dataProvider/values';

/** The router location of the conventions list under a filter (« the signed conventions of 2022-2023 »). */
export const conventionListLink = (filter: Values) => ({ pathname: '/conventions', search: `?filter=${encodeURIComponent(JSON.stringify(filter))}` });

/** The router location of the convention form with a commune and a year filled in (react-admin's `?source=`). */
export const conventionCreateLink = (source: Values) => ({ pathname: '/conventions/create', search: `?source=${encodeURIComponent(JSON.stringify(source))}` });

/** The router location of the overdue revenue orders of a year. */
export const overduePaymentsLink = (schoolYear: string) => ({
  pathname: '/payments',
  search: `?filter=${encodeURIComponent(JSON.stringify({ schoolYear, overdue: true }))}`,
});
