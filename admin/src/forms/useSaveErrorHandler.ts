import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { hasFieldErrors, isConflict } from '../dataProvider/serverErrors';

/**
 * `mutationOptions.onError` for edit views with optimistic locking: a CONFLICT goes to `onConflict`
 * (which offers to reload); field errors are already under their inputs; anything else is notified, as
 * react-admin would by default.
 */
export function useSaveErrorHandler(onConflict: () => void): (error: unknown) => void {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      if (isConflict(error)) onConflict();
      else if (!hasFieldErrors(error)) notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    },
    [notify, onConflict],
  );
}
