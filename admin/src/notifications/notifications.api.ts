import { NotificationsDocument, type NotificationDetailsFragment, type NotificationFilter, type NotificationOrderField } from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { oneOf, text, type Values } from '../dataProvider/values';
import { NOTIFICATION_STATUSES } from './notificationEnums';

/** The API's outbox mail already has an `id`. */
export type NotificationRecord = NotificationDetailsFragment;

const SORT_FIELDS: Partial<Record<string, NotificationOrderField>> = { createdAt: 'CREATED_AT' };

const notificationFilter = (filter: Values): NotificationFilter => ({
  status: oneOf(NOTIFICATION_STATUSES, filter.status),
  toEmail: text(filter.toEmail),
  kind: text(filter.kind),
});

/** Read only: the server writes the outbox; a FAILED mail can be queued again (`retryNotification`). */
export const notificationsApi: ResourceApi<NotificationRecord> = {
  getList: operation(
    NotificationsDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, notificationFilter),
    ({ notifications }) => listResult(notifications, (notification) => notification),
  ),
};
