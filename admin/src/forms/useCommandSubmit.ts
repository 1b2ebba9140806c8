import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { hasFieldErrors, isConflict } from '../dataProvider/serverErrors';
import { useCommand, type CommandInput, type CommandName, type CommandResult } from '../dataProvider/useCommand';
import type { Values } from '../dataProvider/values';

/**
 * `onSubmit` of a react-admin `<Form>` that sends a command with the form's values. The server's field
 * errors go back to the form, which shows them under the inputs; a CONFLICT about no input goes to
 * `onConflict` when the form explains it in place (its message is the server's); any other failure is notified.
 */
export function useCommandSubmit<K extends CommandName>(name: K, onDone: (result: CommandResult<K>) => void, onConflict?: (message: string) => void) {
  const run = useCommand(name);
  const notify = useNotify();
  return useCallback(
    async (values: Values): Promise<Record<string, string> | undefined> => {
      try {
        onDone(await run(values as CommandInput<K>));
      } catch (error) {
        if (hasFieldErrors(error)) return error.body.errors;
        if (onConflict && isConflict(error)) {
          onConflict((error as Error).message);
          return undefined;
        }
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      }
      return undefined;
    },
    [run, notify, onDone, onConflict],
  );
}
