import { useCallback } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppCommands } from './commands';
import type { CommandMethods } from './createDataProvider';

export type CommandName = keyof AppCommands;
export type CommandInput<K extends CommandName> = Parameters<AppCommands[K]>[0];
export type CommandResult<K extends CommandName> = Awaited<ReturnType<AppCommands[K]>>;

/**
 * A command, called through react-admin's `useDataProvider()` so that a 401 signs the user out like any
 * other request. Failures are react-admin HttpErrors (field errors in `body.errors`).
 */
export function useCommand<K extends CommandName>(name: K): (input: CommandInput<K>) => Promise<CommandResult<K>> {
  const dataProvider = useDataProvider() as unknown as CommandMethods<AppCommands>;
  return useCallback((input: CommandInput<K>) => dataProvider[name](input).then((result) => result.data), [dataProvider, name]);
}
