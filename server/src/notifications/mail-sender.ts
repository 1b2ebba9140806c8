import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { EntityManager, Orm } from '../database/orm.js';
import { rows, sqlBuilder, type Eb } from '../common/sql.js';
import type { Logger } from '../logger.js';
import { NotificationStatus } from './notification.enums.js';

export interface MailSettings {
  /** `smtp://user:password@host:port` (or `smtps://`); null: mails wait in the outbox, nothing is sent. */
  smtpUrl: string | null;
  from: string;
}

export const MAX_ATTEMPTS = 8;
const BATCH = 20;
/** How long a sender owns the mails it claimed; another instance takes over after that. */
const CLAIM_MS = 2 * 60_000;

/** 1, 2, 4… minutes after each failure, at most 6 hours: 8 attempts span about 4 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

interface Claimed {
  id: number;
  toEmail: string;
  subject: string;
  bodyText: string;
  attempts: number;
}

/**
 * Claims due mails in one statement (`… for update skip locked` on PostgreSQL, so instances never take the
 * same mail; SQLite has one writer), so a crash leaves them to be claimed again once the claim expires.
 */
async function claim(em: EntityManager, now: Date): Promise<Claimed[]> {
  const db = sqlBuilder(em);
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  return rows<Claimed>(em, db.updateTable('notification')
    .set({ claimed_until: new Date(now.getTime() + CLAIM_MS) })
    .where('id', 'in', (eb: Eb) => {
      const due = eb.selectFrom('notification').select('id')
        .where('status', '=', NotificationStatus.PENDING).where('available_at', '<=', now)
        .where((w: Eb) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<', now)]))
        .orderBy('id').limit(BATCH);
      return postgres ? due.forUpdate().skipLocked() : due;
    })
    .returning(['id', 'to_email as toEmail', 'subject', 'body_text as bodyText', 'attempts']));
}

/** One pass of the sender: claims due mails, sends them, records success or schedules the retry. */
export async function sendPendingMail(orm: Orm, settings: MailSettings, now: Date, logger: Logger): Promise<number> {
  if (!settings.smtpUrl) return 0;
  const em = orm.em.fork() as EntityManager;
  const claimed = await claim(em, now);
  if (!claimed.length) return 0;
  // Loaded with the first mail to send (30 MB of resident memory): API-only replicas never send any.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(settings.smtpUrl);
  try {
    for (const mail of claimed) {
      const db = sqlBuilder(em);
      try {
        await transport.sendMail({ from: settings.from, to: mail.toEmail, subject: mail.subject, text: mail.bodyText });
        await rows(em, db.updateTable('notification').set({ status: NotificationStatus.SENT, sent_at: now, attempts: mail.attempts + 1, claimed_until: null, last_error: null }).where('id', '=', mail.id));
      } catch (error) {
        const attempts = mail.attempts + 1;
        const status = attempts >= MAX_ATTEMPTS ? NotificationStatus.FAILED : NotificationStatus.PENDING;
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ notificationId: mail.id, attempts, err: message }, 'mail not sent');
        await rows(em, db.updateTable('notification').set({
          status, attempts, claimed_until: null, last_error: message.slice(0, 500), available_at: new Date(now.getTime() + retryDelayMs(attempts)),
        }).where('id', '=', mail.id));
      }
    }
  } finally {
    transport.close();
  }
  return claimed.length;
}
