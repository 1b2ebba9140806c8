import { accountCommands } from '../account/account.commands';
import { auditCommands } from '../audit/audit.commands';
import { directoryImportCommands } from '../directory-imports/directoryImports.commands';
import { dataBreachCommands } from '../data-breaches/data-breaches.commands';
import { dataRequestCommands } from '../data-requests/data-requests.commands';
import { letterTemplateCommands } from '../letter-templates/letter-templates.api';
import { supportHomeCommands } from '../incidents/home/supportHome.commands';
import { incidentCommands } from '../incidents/incidents.commands';
import { notificationCommands } from '../notifications/notifications.commands';
import { processingCommands } from '../processing-register/processing-register.commands';
import { publicationDirectorCommands } from '../publicationDirectors/publicationDirectors.commands';
import { conventionCommands } from '../conventions/conventions.commands';
import { funnelCommands } from '../conventions/funnel/funnel.commands';
import { renewalCommands } from '../conventions/renewal/renewal.commands';
import { groupingCommands } from '../groupings/groupings.commands';
import { paymentCommands } from '../payments/payments.commands';
import { userCommands } from '../users/users.commands';
import type { Commands } from './createDataProvider';

/** Every API call outside react-admin's CRUD methods, by name (`useCommand('changePassword')`). */
export const commands = {
  ...accountCommands,
  ...userCommands,
  ...auditCommands,
  ...notificationCommands,
  ...directoryImportCommands,
  ...dataRequestCommands,
  ...letterTemplateCommands,
  ...processingCommands,
  ...dataBreachCommands,
  ...publicationDirectorCommands,
  ...incidentCommands,
  ...supportHomeCommands,
  ...conventionCommands,
  ...funnelCommands,
  ...renewalCommands,
  ...groupingCommands,
  ...paymentCommands,
} satisfies Commands;

export type AppCommands = typeof commands;
