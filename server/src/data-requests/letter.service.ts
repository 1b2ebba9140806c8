import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { todayInParis } from '../common/dates.js';
import { rows, sqlBuilder, toInstant } from '../common/sql.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { changesBetween, insertAuditEntries, recordAudit } from '../audit/audit.service.js';
import { LetterKind } from './data-request.enums.js';
import { findRequest } from './data-request.reads.js';
import { TARGET } from './data-request.service.js';
import { DEFAULT_LETTERS } from './letter.defaults.js';
import { letterPdf } from './letter.pdf.js';
import { letterValues, render, unknownPlaceholders } from './letter.rules.js';
import { LetterTemplate } from './letter-template.entity.js';

export interface LetterTemplateView {
  kind: LetterKind;
  subject: string;
  body: string;
  /** 0: the default, never edited. */
  version: number;
  updatedAt: Date | null;
}

/** Every letter's template: the DPO's edited text, or the default. */
export async function letterTemplates(em: EntityManager): Promise<LetterTemplateView[]> {
  const stored = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('letter_template').select(['kind', 'subject', 'body', 'version', 'updated_at as updatedAt']));
  return Object.values(LetterKind).map((kind) => {
    const row = stored.find((r) => r.kind === kind);
    return row
      ? { kind, subject: row.subject as string, body: row.body as string, version: Number(row.version), updatedAt: toInstant(row.updatedAt) }
      : { kind, ...DEFAULT_LETTERS[kind], version: 0, updatedAt: null };
  });
}

export async function letterTemplate(em: EntityManager, kind: LetterKind): Promise<LetterTemplateView> {
  return (await letterTemplates(em)).find((template) => template.kind === kind)!;
}

function requireKnownPlaceholders(field: 'subject' | 'body', text: string): void {
  const unknown = unknownPlaceholders(text);
  if (unknown.length) throw new InvalidInputError(field, `Champ inconnu : ${unknown.map((name) => `{{${name}}}`).join(', ')}.`);
}

const STALE = 'Ce modèle a été modifié entre-temps : rechargez-le avant d’enregistrer.';

/** Saves the DPO's text of a letter; `version` 0 edits the default for the first time. */
export async function saveLetterTemplate(ctx: RequestContext, kind: LetterKind, input: { subject: string; body: string; version: number }): Promise<void> {
  requireKnownPlaceholders('subject', input.subject);
  requireKnownPlaceholders('body', input.body);
  await ctx.em.transactional(async (tx) => {
    const before = await letterTemplate(tx, kind);
    if (before.version !== input.version) throw new ConflictError(STALE, { field: 'version', currentVersion: before.version });
    const text = { subject: input.subject.trim(), body: input.body.trim() };
    const stored = await tx.findOne(LetterTemplate, { kind });
    if (stored) Object.assign(stored, { ...text, updatedAt: ctx.now });
    else tx.create(LetterTemplate, { kind, ...text, updatedAt: ctx.now });
    recordAudit(tx, ctx, { operation: 'updateLetterTemplate', targetType: 'LetterTemplate', targetId: kind, changes: changesBetween({ subject: before.subject, body: before.body }, text) });
  });
}

/** Back to the default text. */
export async function resetLetterTemplate(ctx: RequestContext, kind: LetterKind): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    if (await tx.nativeDelete(LetterTemplate, { kind })) recordAudit(tx, ctx, { operation: 'resetLetterTemplate', targetType: 'LetterTemplate', targetId: kind });
  });
}

/** Why a letter cannot be written yet, or null. */
function notYet(kind: LetterKind, request: { extensionNotifiedOn: string | null; answeredOn: string | null }): string | null {
  if (kind === LetterKind.EXTENSION_NOTICE && !request.extensionNotifiedOn) return 'La demande n’a pas été prolongée.';
  if (kind === LetterKind.ANSWER && !request.answeredOn) return 'La demande n’a pas encore de réponse.';
  return null;
}

/** The PDF of a letter for a request, its generation audited (a read of the request, never its content). */
export async function generateLetter(ctx: RequestContext, requestId: number, kind: LetterKind): Promise<{ fileName: string; pdf: Buffer }> {
  const request = await findRequest(ctx, requestId, false);
  const refusal = notYet(kind, request);
  if (refusal) throw new ConflictError(refusal);
  const template = await letterTemplate(ctx.em, kind);
  const values = letterValues(request, todayInParis(ctx.now));
  const pdf = await letterPdf(request, { subject: render(template.subject, values), body: render(template.body, values) }, values.today!);
  await insertAuditEntries(ctx.em, ctx, [{ operation: 'generateLetter', targetType: TARGET, targetId: request.id, changes: { letter: [null, kind] } }]);
  return { fileName: `${request.reference}-${kind.toLowerCase().replace(/_/g, '-')}.pdf`, pdf };
}
