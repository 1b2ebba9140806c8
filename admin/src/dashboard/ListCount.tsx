import { useGetList, useTranslate } from 'react-admin';

/** The number of records of a list under a filter, in words (« 10 écoles »); nothing until known. */
export const ListCount = ({ resource, filter, message }: { resource: string; filter: Record<string, unknown>; message: string }) => {
  const translate = useTranslate();
  const { total } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  return total === undefined ? null : <>{translate(message, { smart_count: total })}</>;
};
