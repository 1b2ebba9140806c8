import { accountCommands } from '../account/account.commands';
import { auditCommands } from '../audit/audit.commands';
import { conventionCommands } from '../conventions/conventions.commands';
import { funnelCommands } from '../conventions/funnel/funnel.commands';
import { renewalCommands } from '../conventions/renewal/renewal.commands';
import { groupingCommands } from '../groupings/groupings.commands';
import { notificationCommands } from '../notifications/notifications.commands';
import { paymentCommands } from '../payments/payments.commands';
import { userCommands } from '../users/users.commands';
import type { Commands } from './createDataProvider';

/** Every API call outside react-admin's CRUD methods, by name (`useCommand('changePassword')`). */
export const commands = {
  ...accountCommands,
  ...userCommands,
  ...auditCommands,
  ...notificationCommands,
  ...conventionCommands,
  ...funnelCommands,
  ...renewalCommands,
  ...groupingCommands,
  ...paymentCommands,
} satisfies Commands;

export type AppCommands = typeof commands;
