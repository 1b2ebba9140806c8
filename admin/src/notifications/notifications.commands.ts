import type { Identifier } from 'react-admin';
import { RetryNotificationDocument } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';

export const notificationCommands = {
  /** Puts a FAILED mail back in the queue for an immediate new attempt. */
  retryNotification: operation(RetryNotificationDocument, (id: Identifier) => ({ id: String(id) }), ({ retryNotification }) => retryNotification),
};
