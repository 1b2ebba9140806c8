import type { EntityManager } from '../database/orm.js';
import { AuditEntry } from './audit-entry.entity.js';

/** `{ field: [before, after] }` for the fields that changed; secrets are never passed in. */
export type Changes = Record<string, [unknown, unknown]>;

export interface AuditRecord {
  /** The mutation or command, e.g. `updateSchool`, or `read:dataSubjectRequest` for an audited read. */
  operation: string;
  targetType?: string;
  targetId?: string | number;
  changes?: Changes;
}

/** The fields whose value differs between two snapshots of a record (dates compared by value). */
export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = normalise(before[key]);
    const is = normalise(after[key]);
    if (JSON.stringify(was) !== JSON.stringify(is)) changes[key] = [was, is];
  }
  return changes;
}

/** What a new record holds, as a change from nothing. */
export function creation(after: Record<string, unknown>): Changes {
  return changesBetween({}, after);
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/**
 * Adds an entry to the trail with the current user and request id. Call it with the transaction's entity
 * manager: the entry is written in the same transaction as the change, or not at all.
 */
export interface Actor {
  user: { id: number; email: string } | null;
  requestId: string | null;
  now: Date;
}

function entryData(ctx: Actor, record: AuditRecord) {
  return {
    at: ctx.now,
    actorUserId: ctx.user?.id ?? null,
    actorEmail: ctx.user?.email ?? null,
    requestId: ctx.requestId,
    operation: record.operation,
    targetType: record.targetType ?? null,
    targetId: record.targetId === undefined ? null : String(record.targetId),
    changes: record.changes && Object.keys(record.changes).length ? JSON.stringify(record.changes) : null,
  };
}

export function recordAudit(em: EntityManager, ctx: Actor, record: AuditRecord): AuditEntry {
  return em.create(AuditEntry, entryData(ctx, record));
}

/**
 * Writes entries at once, outside any transaction, in one insert statement (a flush would add a begin and
 * a commit): for audited reads, which change nothing else.
 */
export async function insertAuditEntries(em: EntityManager, ctx: Actor, records: readonly AuditRecord[]): Promise<void> {
  if (records.length) await em.insertMany(AuditEntry, records.map((record) => entryData(ctx, record)));
}
