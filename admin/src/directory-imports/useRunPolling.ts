import type { Query } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useNotify, useRedirect } from 'react-admin';
import type { DirectoryImportRecord } from './directoryImports.api';
import { nextPollDelay } from './importPolling';

/**
 * The run page's query options: it polls the run while a worker has it (`nextPollDelay`). A run that
 * cannot be read at all sends back to the list with the server's reason, as react-admin would; once the
 * run is shown, a failed poll keeps it on screen (the page says so and offers to try again).
 */
export function useRunPolling() {
  const notify = useNotify();
  const redirect = useRedirect();
  const shown = useRef(false);
  return useMemo(
    () => ({
      refetchInterval: (query: Query<DirectoryImportRecord, Error>) => nextPollDelay(query.state.data, query.state.fetchFailureCount),
      onSuccess: () => {
        shown.current = true;
      },
      onError: (error: Error) => {
        if (shown.current) return;
        notify(error.message || 'ra.notification.item_doesnt_exist', { type: 'error' });
        redirect('list', 'directoryImports');
      },
    }),
    [notify, redirect],
  );
}
