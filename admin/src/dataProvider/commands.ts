import { accountCommands } from '../account/account.commands';
import { auditCommands } from '../audit/audit.commands';
import { supportHomeCommands } from '../incidents/home/supportHome.commands';
import { incidentCommands } from '../incidents/incidents.commands';
import { notificationCommands } from '../notifications/notifications.commands';
import { userCommands } from '../users/users.commands';
import type { Commands } from './createDataProvider';

/** Every API call outside react-admin's CRUD methods, by name (`useCommand('changePassword')`). */
export const commands = {
  ...accountCommands,
  ...userCommands,
  ...auditCommands,
  ...notificationCommands,
  ...incidentCommands,
  ...supportHomeCommands,
} satisfies Commands;

export type AppCommands = typeof commands;
