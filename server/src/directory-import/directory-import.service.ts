import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { creation, recordAudit } from '../audit/audit.service.js';
import { Role } from '../auth/auth.enums.js';
import type { CurrentUser } from '../auth/current-user.js';
import { perimeterCondition } from '../auth/perimeter.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { FILE_PURPOSES } from '../files/file-purposes.js';
import { findFile, storeUpload } from '../files/file-storage.js';
import type { PageWants } from '../territory/territory.service.js';
import { ImportPhase, type ImportKind, type ImportOutcome } from './directory-import.enums.js';
import { DirectoryImportOrderField, type DirectoryImportsArgs } from './directory-import.inputs.js';
import { claimRun, insertRun, loadRun, queueApply } from './import-run.store.js';
import { planApply } from './import-run.rules.js';
import { importItemColumns, importItemView, importRunColumns, importRunView, type ImportItemView, type ImportRunView } from './import-run.views.js';

export const IMPORT_PURPOSE = 'directory-import';
export const DEFAULT_BATCH_SIZE = 500;

/**
 * The départements a run may touch: those of the served académies (or every loaded one), within the
 * requester's ACADEMIC_TEAM perimeter. An import that crosses perimeters applies what lies inside and
 * counts the rest as ignored; a circonscription-level grant covers no whole département, so no import.
 */
export async function importDepartments(em: EntityManager, user: CurrentUser | null, allDepartments: boolean): Promise<string[]> {
  let query = sqlBuilder(em).selectFrom('department as d').innerJoin('academy as a', 'a.code', 'd.academy_code').select('d.code as code').orderBy('d.code');
  if (!allDepartments) query = query.where('a.served', '=', true);
  const inPerimeter = user && perimeterCondition(user.perimeter(Role.ACADEMIC_TEAM), { departmentCode: 'd.code', circonscription: () => sql`1 = 0` });
  if (inPerimeter) query = query.where(inPerimeter);
  return (await rows<{ code: string }>(em, query)).map((row) => row.code);
}

export interface StartImport {
  fileId: number;
  kind: ImportKind;
  dryRun: boolean;
  allDepartments: boolean;
  closeAbsent: boolean;
}

/** Records the run; the `directory-import` job picks it up, so the request returns at once. */
export async function startDirectoryImport(ctx: RequestContext, input: StartImport): Promise<number> {
  const user = ctx.user!;
  const file = await findFile(ctx.em, input.fileId);
  if (!file || file.purpose !== IMPORT_PURPOSE || (file.uploadedBy !== user.id && !user.isAdmin)) {
    throw new InvalidInputError('fileId', `Fichier introuvable : déposez-le avec l’usage « ${IMPORT_PURPOSE} ».`);
  }
  if (file.deletedAt) throw new InvalidInputError('fileId', 'Le contenu de ce fichier a été effacé.');
  const departments = await importDepartments(ctx.em, user, input.allDepartments);
  if (!departments.length) throw new ForbiddenError('Aucun département de votre périmètre ne peut être importé.');
  return ctx.em.transactional(async (tx) => {
    const phase = input.dryRun ? ImportPhase.ANALYSIS : ImportPhase.APPLY;
    const id = await insertRun(tx, {
      kind: input.kind, phase, allDepartments: input.allDepartments, closeAbsent: input.closeAbsent, departments,
      file: { id: file.id, name: file.name, sha256: file.sha256, size: file.size },
      requestedBy: user.id, requestId: ctx.requestId, batchSize: DEFAULT_BATCH_SIZE, claimed: false,
    }, ctx.now);
    recordAudit(tx, ctx, {
      operation: 'startDirectoryImport', targetType: 'ImportRun', targetId: id,
      changes: creation({ kind: input.kind, phase, fileName: file.name, fileSha256: file.sha256, departments, closeAbsent: input.closeAbsent }),
    });
    return id;
  });
}

/** Administrators see every run; the academic team the runs they started. */
function visibleTo(user: CurrentUser, run: ImportRunView): boolean {
  return user.isAdmin || run.requestedBy === user.id;
}

export async function findImport(ctx: RequestContext, id: number): Promise<ImportRunView | undefined> {
  const run = await loadRun(ctx.em, id);
  if (run && !visibleTo(ctx.user!, run)) throw new ForbiddenError('Cet import a été lancé par quelqu’un d’autre.');
  return run;
}

export async function applyDirectoryImport(ctx: RequestContext, id: number): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    const run = await loadRun(tx, id);
    if (!run) throw new NotFoundError(`Aucun import n° ${id}.`);
    if (!visibleTo(ctx.user!, run)) throw new ForbiddenError('Cet import a été lancé par quelqu’un d’autre.');
    const plan = planApply(run.status, run.phase);
    if (!plan.ok) throw new ConflictError(plan.reason);
    if (!(await queueApply(tx, id, { expected: run.status, fromStart: plan.fromStart, requestId: ctx.requestId, claimed: false }, ctx.now))) throw new ConflictError('Cet import vient de changer d’état : rechargez-le.');
    recordAudit(tx, ctx, {
      operation: 'applyDirectoryImport', targetType: 'ImportRun', targetId: id,
      changes: { status: [run.status, 'PENDING'], phase: [run.phase, ImportPhase.APPLY], resumeAfterLine: [null, plan.fromStart ? 0 : run.lastCommittedLine] },
    });
  });
}

export function listImports(ctx: RequestContext, args: DirectoryImportsArgs, wants: PageWants): Promise<Page<ImportRunView>> {
  const { kind, status } = args.filter ?? {};
  const user = ctx.user!;
  return listPage(ctx.em, {
    from: 'import_run as r',
    key: 'r.id',
    where: (q) => {
      if (!user.isAdmin) q = q.where('r.requested_by', '=', user.id);
      if (kind) q = q.where('r.kind', '=', kind);
      if (status) q = q.where('r.status', '=', status);
      return q;
    },
    orderColumns: { [DirectoryImportOrderField.CREATED_AT]: 'r.id' },
    orderBy: args.orderBy,
    defaultOrder: [{ field: DirectoryImportOrderField.CREATED_AT, direction: OrderDirection.DESC }],
    select: (q) => q.select(importRunColumns('r')),
    toView: importRunView,
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

/** The report's lines, in file order (absent schools last), optionally of some outcomes only. */
export function listImportItems(em: EntityManager, runId: number, outcomes: readonly ImportOutcome[] | null | undefined, page: { offset: number; limit: number }, wants: PageWants): Promise<Page<ImportItemView>> {
  return listPage(em, {
    from: 'import_run_item as i',
    key: 'i.id',
    where: (q) => {
      q = q.where('i.run_id', '=', runId);
      return outcomes?.length ? q.where('i.outcome', 'in', outcomes) : q;
    },
    orderColumns: {},
    orderBy: null,
    defaultOrder: [],
    select: (q) => q.select(importItemColumns('i')),
    toView: importItemView,
    offset: page.offset, limit: page.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export interface LocalImport extends Omit<StartImport, 'fileId'> {
  stream: Readable;
  name: string;
  batchSize: number;
}

/**
 * The command line's start: stores the file like an upload (so that the run can be resumed from it), and
 * creates the run already claimed by this process. Throws `UploadRefused` for a file that is not CSV, and
 * refuses a base without reference data (every row would be outside the import).
 */
export async function startLocalImport(em: EntityManager, filesDir: string, input: LocalImport, now: Date): Promise<number> {
  const departments = await importDepartments(em, null, input.allDepartments);
  if (!departments.length) throw new ConflictError('Aucun département dans la base : chargez d’abord le référentiel (pnpm cli reference:load).');
  const purpose = FILE_PURPOSES[IMPORT_PURPOSE]!;
  const file = await storeUpload(em, filesDir, {
    stream: input.stream, name: input.name, purpose: IMPORT_PURPOSE, maxBytes: purpose.maxBytes, types: purpose.types, userId: null, now,
  });
  return insertRun(em, {
    kind: input.kind, phase: input.dryRun ? ImportPhase.ANALYSIS : ImportPhase.APPLY, allDepartments: input.allDepartments, closeAbsent: input.closeAbsent,
    departments, file: { id: file.id, name: file.name, sha256: file.sha256, size: file.size },
    requestedBy: null, requestId: null, batchSize: input.batchSize, claimed: true,
  }, now);
}

/**
 * The command line's resume: takes a waiting run (or one whose worker died), else queues the run's apply
 * (after its dry run, or after its last committed batch) claimed by this process. Returns why not, or null.
 */
export async function claimForResume(em: EntityManager, id: number, now: Date): Promise<string | null> {
  const run = await loadRun(em, id);
  if (!run) return `Import introuvable : ${id}.`;
  if ((await claimRun(em, now, id)) !== undefined) return null;
  const plan = planApply(run.status, run.phase);
  if (!plan.ok) return plan.reason;
  const queued = await queueApply(em, id, { expected: run.status, fromStart: plan.fromStart, requestId: null, claimed: true }, now);
  return queued ? null : 'Cet import vient de changer d’état : relancez la commande.';
}
