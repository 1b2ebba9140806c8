import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { EntityManager, Orm } from '../database/orm.js';
import { rows, sqlBuilder, type Eb } from '../common/sql.js';
import { recordAudit } from '../audit/audit.service.js';
import { IncidentStatus } from './incident.enums.js';
import { checkTransition, INCIDENT_STATUSES } from './incident-status.rules.js';
import { autoCloseCutoff } from './incident.rules.js';

const BATCH = 500;

/** The statuses the closing job may close from, as the transition table says (RESOLVED). */
const CLOSABLE = INCIDENT_STATUSES.filter((status) => checkTransition(status, IncidentStatus.CLOSED, 'auto').ok);

/**
 * One pass of the closing job: closes the incidents resolved 7 calendar days ago or more (not reopened),
 * by batches. Each batch is claimed and closed by one statement (`… for update skip locked` on PostgreSQL,
 * so instances never close the same incident twice) and audited in the same transaction. The version is
 * bumped, so an agent acting on one of them at that moment gets CONFLICT.
 */
export async function closeResolvedIncidents(orm: Orm, now: Date): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  const postgres = em.getPlatform() instanceof PostgreSqlPlatform;
  let total = 0;
  for (;;) {
    const closed = await em.transactional(async (tx) => {
      const found = await rows<{ id: number }>(tx, sqlBuilder(tx).updateTable('incident')
        .set((eb: Eb) => ({ status: IncidentStatus.CLOSED, closed_at: now, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', 'in', (eb: Eb) => {
          const due = eb.selectFrom('incident').select('id').where('status', 'in', CLOSABLE).where('resolved_at', '<', autoCloseCutoff(now)).orderBy('id').limit(BATCH);
          return postgres ? due.forUpdate().skipLocked() : due;
        })
        .returning('id'));
      for (const { id } of found) {
        recordAudit(tx, { user: null, requestId: null, now }, { operation: 'closeResolvedIncident', targetType: 'Incident', targetId: id, changes: { status: [IncidentStatus.RESOLVED, IncidentStatus.CLOSED] } });
      }
      return found.length;
    });
    total += closed;
    if (closed < BATCH) return total;
  }
}
