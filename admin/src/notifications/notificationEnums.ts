import type { NotificationStatus } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

export const NOTIFICATION_STATUSES = everyValueOf<NotificationStatus>()(['PENDING', 'SENT', 'FAILED']);

export const notificationStatusChoices = NOTIFICATION_STATUSES.map((status) => ({ id: status, name: `resources.notifications.statuses.${status}` }));
