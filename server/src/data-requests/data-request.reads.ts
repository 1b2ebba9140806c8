import type { RequestContext } from '../context.js';
import { addDays, todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { listPage } from '../common/list.js';
import { byKey, rowLoader } from '../common/loaders.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { rows, sqlBuilder, toBool, toIsoDate } from '../common/sql.js';
import { containsPattern } from '../common/text.js';
import { NotFoundError } from '../errors.js';
import { insertAuditEntries } from '../audit/audit.service.js';
import { processingColumns, processingView, type ProcessingView } from '../processing-register/processing.views.js';
import { schoolColumns, schoolView, type SchoolView } from '../schools/school.views.js';
import { storedFileColumns, storedFileView, type StoredFileView } from '../files/file-storage.js';
import type { PageWants } from '../territory/territory.service.js';
import { DataSubjectRequestOrderField, type DataSubjectRequestFilter, type DataSubjectRequestsArgs } from './data-request.inputs.js';
import { requestColumns, requestProcessingColumns, requestView, type RequestView } from './data-request.views.js';
import { daysLeft } from './deadline.rules.js';
import { TARGET } from './data-request.service.js';
import { OPEN_STATUSES, daysLeftBucket, decodeRights, rightPattern } from './request.rules.js';
import { yearlyReport, type YearlyReport } from './report.rules.js';
import { DaysLeftBucket } from './data-request.enums.js';

type Query = Parameters<Parameters<typeof listPage>[1]['where']>[0];

const ORDER_COLUMNS: Record<DataSubjectRequestOrderField, string> = {
  [DataSubjectRequestOrderField.DUE_ON]: 'r.due_on',
  [DataSubjectRequestOrderField.RECEIVED_ON]: 'r.received_on',
  [DataSubjectRequestOrderField.REFERENCE]: 'r.reference',
  [DataSubjectRequestOrderField.STATUS]: 'r.status',
  [DataSubjectRequestOrderField.UPDATED_AT]: 'r.updated_at',
};

/** Every filter is on the request table: the count needs no join. */
function applyFilter(q: Query, filter: DataSubjectRequestFilter | null | undefined, today: string): Query {
  if (!filter) return q;
  const { status, open, right, overdue, dueBefore, q: text } = filter;
  if (status) q = q.where('r.status', '=', status);
  if (open != null) q = q.where('r.status', open ? 'in' : 'not in', OPEN_STATUSES);
  if (right) q = q.where('r.rights', 'like', rightPattern(right));
  if (overdue != null) {
    q = overdue
      ? q.where('r.status', 'in', OPEN_STATUSES).where('r.due_on', '<', today)
      : q.where((eb) => eb.or([eb('r.status', 'not in', OPEN_STATUSES), eb('r.due_on', '>=', today)]));
  }
  if (dueBefore) q = q.where('r.due_on', '<', dueBefore);
  if (text) {
    const reference = text.trim().toUpperCase();
    q = q.where((eb) => eb.or([eb('r.reference', 'like', `${reference.replace(/[%_]/g, '')}%`), eb('r.search_names', 'like', containsPattern(text))]));
  }
  return q;
}

function withProcessing(q: Query, joinProcessing: boolean): Query {
  if (joinProcessing) q = q.leftJoin('processing_activity as p', 'p.id', 'r.processing_id');
  return q.select([...requestColumns('r'), ...(joinProcessing ? requestProcessingColumns('p') : [])]);
}

/**
 * Every read of a request leaves one audit entry per request shown: who, when, which request, which
 * fields, never their values (the purge anonymises requests; the trail is append-only). Written at once,
 * outside any transaction, in one insert statement.
 */
function auditReads(ctx: RequestContext, views: readonly RequestView[], fields: readonly string[]): Promise<void> {
  return insertAuditEntries(ctx.em, ctx, views.map((view) => ({ operation: 'read:dataSubjectRequest', targetType: TARGET, targetId: view.id, changes: { fields: [null, fields] } })));
}

export interface ReadSpec {
  /** Join the processing in the same statement (the client selected it). */
  processing: boolean;
  /** The request fields the client selected, for the audit trail. */
  fields: string[];
}

export async function listRequests(ctx: RequestContext, args: DataSubjectRequestsArgs, wants: PageWants, spec: ReadSpec): Promise<Page<RequestView>> {
  const today = todayInParis(ctx.now);
  const page = await listPage(ctx.em, {
    from: 'data_subject_request as r',
    key: 'r.id',
    where: (q) => applyFilter(q, args.filter, today),
    orderColumns: ORDER_COLUMNS,
    orderBy: args.orderBy,
    defaultOrder: [{ field: DataSubjectRequestOrderField.DUE_ON, direction: OrderDirection.ASC }],
    select: (q) => withProcessing(q, spec.processing),
    toView: (row) => requestView(row, spec.processing),
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
  await auditReads(ctx, page.nodes, spec.fields);
  return page;
}

/**
 * One request, NOT_FOUND when it does not exist (its existence is personal data too). Not audited: the
 * caller records what it does with it (a read, a letter, an archive).
 */
export async function findRequest(ctx: RequestContext, id: string | number, processing: boolean): Promise<RequestView> {
  const requestId = typeof id === 'number' ? id : parseId(id, 'id');
  const [row] = await rows<Record<string, unknown>>(ctx.em, withProcessing(sqlBuilder(ctx.em).selectFrom('data_subject_request as r'), processing).where('r.id', '=', requestId));
  if (!row) throw new NotFoundError(`Aucune demande n° ${id}.`);
  return requestView(row, processing);
}

/** One request, read by the API: audited. */
export async function readRequest(ctx: RequestContext, id: string | number, spec: ReadSpec): Promise<RequestView> {
  const view = await findRequest(ctx, id, spec.processing);
  await auditReads(ctx, [view], spec.fields);
  return view;
}

export interface Dashboard {
  today: string;
  open: number;
  buckets: Array<{ bucket: DaysLeftBucket; count: number }>;
  dueThisMonth: RequestView[];
}

/** The DPO home: open requests counted by days left, and those due this month (an audited read). */
export async function dashboard(ctx: RequestContext, spec: ReadSpec & { dueThisMonth: boolean }): Promise<Dashboard> {
  const today = todayInParis(ctx.now);
  const open = await rows<{ dueOn: unknown }>(ctx.em, sqlBuilder(ctx.em).selectFrom('data_subject_request').select('due_on as dueOn').where('status', 'in', OPEN_STATUSES));
  const counts = new Map<DaysLeftBucket, number>(Object.values(DaysLeftBucket).map((bucket) => [bucket, 0]));
  for (const row of open) {
    const bucket = daysLeftBucket(daysLeft(toIsoDate(row.dueOn)!, today));
    counts.set(bucket, counts.get(bucket)! + 1);
  }
  let dueThisMonth: RequestView[] = [];
  if (spec.dueThisMonth) {
    const first = `${today.slice(0, 7)}-01`;
    const next = addDays(first, 32).slice(0, 7) + '-01';
    const found = await rows<Record<string, unknown>>(ctx.em, withProcessing(sqlBuilder(ctx.em).selectFrom('data_subject_request as r'), spec.processing)
      .where('r.status', 'in', OPEN_STATUSES).where('r.due_on', '>=', first).where('r.due_on', '<', next).orderBy('r.due_on').orderBy('r.id'));
    dueThisMonth = found.map((row) => requestView(row, spec.processing));
    await auditReads(ctx, dueThisMonth, spec.fields);
  }
  return { today, open: open.length, buckets: [...counts].map(([bucket, count]) => ({ bucket, count })), dueThisMonth };
}

/** The yearly report of the requests received in a year: figures only, no personal data. */
export async function report(ctx: RequestContext, year: number): Promise<YearlyReport> {
  const found = await rows<Record<string, unknown>>(ctx.em, sqlBuilder(ctx.em).selectFrom('data_subject_request')
    .select(['received_on as receivedOn', 'due_on as dueOn', 'rights', 'first_answered_on as firstAnsweredOn', 'answered_late as answeredLate'])
    .where('received_on', '>=', `${year}-01-01`).where('received_on', '<=', `${year}-12-31`));
  return yearlyReport(year, found.map((row) => ({
    receivedOn: toIsoDate(row.receivedOn)!, dueOn: toIsoDate(row.dueOn)!, rights: decodeRights(row.rights as string),
    firstAnsweredOn: toIsoDate(row.firstAnsweredOn), answeredLate: row.answeredLate == null ? null : toBool(row.answeredLate),
  })), todayInParis(ctx.now));
}

export const processingById = rowLoader<number, ProcessingView>({
  from: 'processing_activity', key: 'id', columns: processingColumns('processing_activity'), toView: (row) => processingView(row), keyOf: (view) => view.id,
});

export const schoolByUai = rowLoader<string, SchoolView>({
  from: 'school', key: 'uai', columns: schoolColumns('school'), toView: (row) => schoolView(row, { commune: false, circonscription: false }), keyOf: (view) => view.uai,
});

/** The identity documents of many requests, in one statement. */
export const identityProofsByRequest = byKey<number, { requestId: number; files: StoredFileView[] }>(
  async (em, ids) => {
    const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('identity_proof as ip').innerJoin('stored_file as f', 'f.id', 'ip.file_id')
      .select(['ip.request_id as requestId', ...storedFileColumns('f')]).where('ip.request_id', 'in', ids).orderBy('ip.id'));
    return ids.map((requestId) => ({ requestId, files: found.filter((row) => row.requestId === requestId).map(storedFileView) }));
  },
  (entry) => entry.requestId,
);
