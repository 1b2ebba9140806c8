import { registerEnumType } from 'type-graphql';

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after the last retry: an administrator may retry it by hand. */
  FAILED = 'FAILED',
}

registerEnumType(NotificationStatus, { name: 'NotificationStatus', description: 'État d’un courriel de la file d’envoi.' });
