import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { parseId } from '../common/ids.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { givenFields } from '../common/inputs.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { changesBetween, creation, recordAudit } from '../audit/audit.service.js';
import { ProcessingActivity } from './processing-activity.entity.js';
import type { CreateProcessingActivityInput, UpdateProcessingActivityInput } from './processing.inputs.js';
import { processingColumns, processingView, type ProcessingView } from './processing.views.js';

const TARGET = 'ProcessingActivity';
const TEXTS = ['name', 'controller', 'purposes', 'legalBasis', 'legalBasisDetail', 'dataSubjectCategories', 'dataCategories', 'recipients', 'transfers', 'retention', 'securityMeasures'] as const;

/** The whole register, by name: a few dozen entries at most, read and exported whole. */
export async function listProcessing(em: EntityManager): Promise<ProcessingView[]> {
  return (await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('processing_activity as p').select(processingColumns('p')).orderBy('p.name').orderBy('p.id'))).map((row) => processingView(row));
}

export async function findProcessing(em: EntityManager, id: number): Promise<ProcessingView> {
  const [row] = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('processing_activity as p').select(processingColumns('p')).where('p.id', '=', id));
  if (!row) throw new NotFoundError(`Aucun traitement n° ${id} au registre.`);
  return processingView(row);
}

function snapshot(entry: ProcessingActivity): Record<string, unknown> {
  return Object.fromEntries(TEXTS.map((field) => [field, entry[field] ?? null]));
}

/** Only the legal basis detail may be cleared: every other heading of Art. 30(1) is required. */
const given = <I extends CreateProcessingActivityInput | UpdateProcessingActivityInput>(input: I) => givenFields(input, TEXTS, ['legalBasisDetail']);

export async function createProcessing(ctx: RequestContext, input: CreateProcessingActivityInput): Promise<number> {
  return ctx.em.transactional(async (tx) => {
    const entry = tx.create(ProcessingActivity, { ...input, ...given(input) });
    await tx.flush();
    recordAudit(tx, ctx, { operation: 'createProcessingActivity', targetType: TARGET, targetId: entry.id, changes: creation(snapshot(entry)) });
    return entry.id;
  });
}

async function requireEntry(tx: EntityManager, id: string): Promise<ProcessingActivity> {
  const entry = await tx.findOne(ProcessingActivity, { id: parseId(id, 'id') });
  if (!entry) throw new NotFoundError(`Aucun traitement n° ${id} au registre.`);
  return entry;
}

export async function updateProcessing(ctx: RequestContext, id: string, input: UpdateProcessingActivityInput): Promise<number> {
  return ctx.em.transactional(async (tx) => {
    const entry = await requireEntry(tx, id);
    if (entry.version !== input.version) throw new ConflictError('Ce traitement a été modifié entre-temps : rechargez-le.', { field: 'version', currentVersion: entry.version });
    const before = snapshot(entry);
    Object.assign(entry, given(input));
    recordAudit(tx, ctx, { operation: 'updateProcessingActivity', targetType: TARGET, targetId: entry.id, changes: changesBetween(before, snapshot(entry)) });
    return entry.id;
  });
}

/** An entry the product writes (ENT-École), or one that requests concern, stays. */
export async function deleteProcessing(ctx: RequestContext, id: string): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    const entry = await requireEntry(tx, id);
    if (entry.code) throw new ConflictError('Ce traitement est tenu par l’application (ENT-École) : modifiez-le plutôt.');
    const [linked] = await rows(tx, sqlBuilder(tx).selectFrom('data_subject_request').select('id').where('processing_id', '=', entry.id).limit(1));
    if (linked) throw new ConflictError('Des demandes d’exercice des droits concernent ce traitement : il reste au registre.');
    const before = snapshot(entry);
    tx.remove(entry);
    recordAudit(tx, ctx, { operation: 'deleteProcessingActivity', targetType: TARGET, targetId: entry.id, changes: changesBetween(before, {}) });
  });
}
