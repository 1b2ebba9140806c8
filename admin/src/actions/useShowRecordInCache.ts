import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useResourceContext, type RaRecord } from 'react-admin';

/**
 * Puts a record that a command answered into react-admin's cache, where its page reads it (the key of
 * `useGetOne`), instead of refreshing the page: the page shows the new state without asking the API
 * again, which matters where every read is audited.
 */
export function useShowRecordInCache(): (record: RaRecord) => void {
  const queryClient = useQueryClient();
  const resource = useResourceContext();
  return useCallback(
    (record: RaRecord) => queryClient.setQueryData([resource, 'getOne', { id: String(record.id), meta: undefined }], record),
    [queryClient, resource],
  );
}
