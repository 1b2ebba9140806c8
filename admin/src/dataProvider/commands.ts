import { accountCommands } from '../account/account.commands';
import { auditCommands } from '../audit/audit.commands';
import { notificationCommands } from '../notifications/notifications.commands';
import { publicationDirectorCommands } from '../publicationDirectors/publicationDirectors.commands';
import { userCommands } from '../users/users.commands';
import type { Commands } from './createDataProvider';

/** Every API call outside react-admin's CRUD methods, by name (`useCommand('changePassword')`). */
export const commands = {
  ...accountCommands,
  ...userCommands,
  ...auditCommands,
  ...notificationCommands,
  ...publicationDirectorCommands,
} satisfies Commands;

export type AppCommands = typeof commands;
