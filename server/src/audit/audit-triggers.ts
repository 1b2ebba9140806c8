import type { EntityMetadata, TriggerDef } from '@mikro-orm/core';
import { SqlitePlatform, type AbstractSqlPlatform } from '@mikro-orm/sql';

/**
 * The audit trail is append-only in the database itself: deletes are refused, and an update may only seal
 * an entry once (set its chain position and hashes), never change what it records. Declared in the
 * metadata, so that the ORM creates them in migrations and keeps them in every later diff.
 */
const RECORDED = ['id', 'at', 'actor_user_id', 'actor_email', 'request_id', 'operation', 'target_type', 'target_id', 'changes'];

const POSTGRESQL: TriggerDef[] = [{
  name: 'audit_entry_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  body: `if tg_op = 'DELETE' then raise exception 'audit_entry is append-only'; end if; `
    + `if old.hash is not null or (${RECORDED.map((c) => `new.${c}`).join(', ')}) is distinct from (${RECORDED.map((c) => `old.${c}`).join(', ')}) then `
    + `raise exception 'audit_entry is append-only: an entry is sealed once and never changed'; end if; return new;`,
}];


/**
 * `discovery.onMetadata` hook: gives the audit entry table its triggers on PostgreSQL, the production
 * database. The embedded SQLite file has none: MikroORM 7.2's SQLite schema diff misreads trigger bodies back and
 * would drop and recreate them in every later migration; there the hash chain alone detects
 * tampering (docs/decisions/0004-audit-chain.md).
 */
export function declareAuditTriggers(meta: EntityMetadata, platform: AbstractSqlPlatform): void {
  if (meta.tableName === 'audit_entry' && !(platform instanceof SqlitePlatform)) meta.triggers = POSTGRESQL;
}
