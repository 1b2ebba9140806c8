import type { EntityManager, Orm } from '../database/orm.js';
import { addMonths, todayInParis } from '../common/dates.js';
import { execute, rows, sqlBuilder, toIsoDate } from '../common/sql.js';
import { recordAudit } from '../audit/audit.service.js';
import { DataSubjectRequestStatus } from './data-request.enums.js';
import { TARGET } from './data-request.service.js';

export const ANONYMISED = '[anonymisé]';

export interface PurgeCandidate {
  id: number;
  reference: string;
  closedOn: string;
}

/** Closed requests whose closing is more than `years` years old, not anonymised yet. */
async function candidates(em: EntityManager, years: number, now: Date): Promise<{ before: string; found: PurgeCandidate[] }> {
  const before = addMonths(todayInParis(now), -12 * years);
  const found = await rows<{ id: number; reference: string; closedOn: unknown }>(em, sqlBuilder(em).selectFrom('data_subject_request')
    .select(['id', 'reference', 'closed_on as closedOn']).where('status', '=', DataSubjectRequestStatus.CLOSED)
    .where('closed_on', '<', before).where('anonymised_at', 'is', null).orderBy('closed_on').orderBy('id'));
  return { before, found: found.map((row) => ({ id: row.id, reference: row.reference, closedOn: toIsoDate(row.closedOn)! })) };
}

/**
 * The retention purge: names, e-mails, addresses, the request's content, the answer's summary and the
 * extension's reasons are erased, and so are the names of the identity proofs; the reference, dates,
 * rights, outcome, refusal ground and timing stay, for the yearly figures and the proof of an answer.
 * Dry run unless `apply`. The trail records which requests were anonymised, by the command.
 */
export async function purgeClosedRequests(orm: Orm, options: { years: number; apply: boolean; now: Date }): Promise<{ before: string; requests: PurgeCandidate[] }> {
  const em = orm.em.fork() as EntityManager;
  const { before, found } = await candidates(em, options.years, options.now);
  if (!options.apply || !found.length) return { before, requests: found };
  const ids = found.map((request) => request.id);
  await em.transactional(async (tx) => {
    const db = sqlBuilder(tx);
    await execute(tx, db.updateTable('data_subject_request').set({
      applicant_first_name: ANONYMISED, applicant_last_name: ANONYMISED, applicant_email: null, applicant_postal_address: null,
      subject_first_name: null, subject_last_name: null, subject_email: null, subject_postal_address: null, search_names: '',
      content: ANONYMISED, answer_summary: null, extension_reason: null, anonymised_at: options.now, updated_at: options.now,
    }).where('id', 'in', ids));
    await execute(tx, db.updateTable('stored_file').set({ name: 'justificatif-identite' })
      .where('id', 'in', db.selectFrom('identity_proof').select('file_id').where('request_id', 'in', ids)));
    for (const id of ids) {
      recordAudit(tx, { user: null, requestId: null, now: options.now }, {
        operation: 'anonymiseDataSubjectRequest', targetType: TARGET, targetId: id,
        changes: { anonymised: [null, ['applicant', 'subject', 'content', 'answerSummary', 'extensionReason', 'identityProofNames']] },
      });
    }
  });
  return { before, requests: found };
}
