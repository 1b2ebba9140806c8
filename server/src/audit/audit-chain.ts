import { createHash } from 'node:crypto';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { EntityManager, Orm } from '../database/orm.js';
import { rows, sqlBuilder, toInstant } from '../common/sql.js';

/** Advisory lock id: one sealer at a time across instances (PostgreSQL; SQLite has a single writer). */
const SEAL_LOCK_ID = 7_462_012;
/** Entries younger than this may belong to a transaction still open elsewhere: sealed on a later pass. */
export const SEAL_GRACE_MS = 2_000;
const BATCH = 500;

interface EntryRow {
  id: string | number;
  at: unknown;
  actorUserId: number | null;
  actorEmail: string | null;
  requestId: string | null;
  operation: string;
  targetType: string | null;
  targetId: string | null;
  changes: string | null;
  chainPosition?: string | number | null;
  previousHash?: string | null;
  hash?: string | null;
}

const ENTRY_COLUMNS = [
  'id', 'at', 'actor_user_id as actorUserId', 'actor_email as actorEmail', 'request_id as requestId', 'operation',
  'target_type as targetType', 'target_id as targetId', 'changes',
];

/** The hash of an entry: SHA-256 over the previous hash and every recorded field, in a fixed order. */
export function entryHash(previousHash: string, entry: EntryRow): string {
  const fields = [
    String(entry.id), toInstant(entry.at)!.toISOString(), entry.actorUserId ?? null, entry.actorEmail, entry.requestId,
    entry.operation, entry.targetType, entry.targetId, entry.changes,
  ];
  return createHash('sha256').update(previousHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

/** The hash the first link starts from. */
export const GENESIS = '0'.repeat(64);

/**
 * Links unsealed entries to the chain, oldest id first, each to the last sealed one. Writers only insert
 * (with ids from a sequence) and never wait for each other; this pass, run every few seconds by the jobs
 * of every instance, is serialised by a lock. Returns how many entries it sealed.
 */
export async function sealAuditChain(orm: Orm, now: Date): Promise<number> {
  return (orm.em.fork() as EntityManager).transactional(async (em) => {
    if (em.getPlatform() instanceof PostgreSqlPlatform) {
      const [lock] = await rows<{ locked: boolean }>(em, sqlBuilder(em).selectNoFrom(sql<boolean>`pg_try_advisory_xact_lock(${SEAL_LOCK_ID})`.as('locked')));
      if (!lock?.locked) return 0;
    }
    const db = sqlBuilder(em);
    const [last] = await rows<{ position: string | number; hash: string }>(em, db.selectFrom('audit_entry').select(['chain_position as position', 'hash'])
      .where('chain_position', 'is not', null).orderBy('chain_position', 'desc').limit(1));
    let position = Number(last?.position ?? 0);
    let previous = last?.hash ?? GENESIS;
    const pending = await rows<EntryRow>(em, db.selectFrom('audit_entry').select(ENTRY_COLUMNS)
      .where('hash', 'is', null).where('at', '<', new Date(now.getTime() - SEAL_GRACE_MS)).orderBy('id').limit(BATCH));
    for (const entry of pending) {
      const hash = entryHash(previous, entry);
      position += 1;
      await rows(em, db.updateTable('audit_entry').set({ chain_position: position, previous_hash: previous, hash }).where('id', '=', entry.id));
      previous = hash;
    }
    return pending.length;
  });
}

export interface ChainVerification {
  intact: boolean;
  checkedEntries: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  firstBrokenEntryId: string | null;
  /** Entries older than the grace period and not sealed yet (the sealing job is late or stopped). */
  unsealedEntries: number;
}

/** Recomputes every link in chain order, in batches (the trail may hold millions of entries). */
export async function verifyAuditChain(em: EntityManager, now: Date): Promise<ChainVerification> {
  const db = sqlBuilder(em);
  let previous = GENESIS;
  let position = 0;
  let checked = 0;
  for (;;) {
    const batch = await rows<EntryRow>(em, db.selectFrom('audit_entry').select([...ENTRY_COLUMNS, 'chain_position as chainPosition', 'previous_hash as previousHash', 'hash'])
      .where('chain_position', '>', position).orderBy('chain_position').limit(BATCH));
    for (const entry of batch) {
      position += 1;
      const broken = Number(entry.chainPosition) !== position || entry.previousHash !== previous || entry.hash !== entryHash(previous, entry);
      if (broken) return { intact: false, checkedEntries: checked, firstBrokenEntryId: String(entry.id), unsealedEntries: await countUnsealed(em, now) };
      previous = entry.hash!;
      checked += 1;
    }
    if (batch.length < BATCH) break;
  }
  return { intact: true, checkedEntries: checked, firstBrokenEntryId: null, unsealedEntries: await countUnsealed(em, now) };
}

async function countUnsealed(em: EntityManager, now: Date): Promise<number> {
  const [row] = await rows<{ total: unknown }>(em, sqlBuilder(em).selectFrom('audit_entry').select((eb) => eb.fn.countAll().as('total'))
    .where('hash', 'is', null).where('at', '<', new Date(now.getTime() - SEAL_GRACE_MS)));
  return Number(row?.total ?? 0);
}
