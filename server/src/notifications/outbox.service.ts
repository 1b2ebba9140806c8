import type { EntityManager } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';

export interface Mail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  /** Makes the mail idempotent: a second enqueue with the same key is ignored. */
  dedupeKey?: string;
}

/**
 * Puts a mail in the outbox. Call it with the transaction's entity manager, so that the mail leaves only
 * if the change that calls for it commits. Returns false when the dedupe key was already used.
 */
export async function enqueueMail(em: EntityManager, mail: Mail, now: Date): Promise<boolean> {
  const inserted = await rows<{ id: number }>(em, sqlBuilder(em).insertInto('notification').values({
    kind: mail.kind, to_email: mail.to.trim().toLowerCase(), subject: mail.subject.slice(0, 300), body_text: mail.text,
    dedupe_key: mail.dedupeKey ?? null, status: 'PENDING', attempts: 0, available_at: now, created_at: now,
  }).onConflict((oc) => oc.column('dedupe_key').doNothing()).returning('id'));
  return inserted.length > 0;
}
