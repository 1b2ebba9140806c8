import { sql } from 'kysely';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import { ConflictError, InvalidInputError, NotFoundError, refuseInput } from '../errors.js';
import { changesBetween, recordAudit, type Changes } from '../audit/audit.service.js';
import { ProcessingActivity } from '../processing-register/processing-activity.entity.js';
import { ENT_ECOLE_CODE } from '../processing-register/processing-register.data.js';
import { requireUai } from '../schools/school.service.js';
import { DataSubjectRequest } from './data-request.entity.js';
import { ApplicantRelationship, DataSubjectRequestStatus as Status } from './data-request.enums.js';
import type {
  AnswerDataSubjectRequestInput, CreateDataSubjectRequestInput, ExtendDataSubjectRequestInput, PersonInput, ReopenDataSubjectRequestInput,
  UpdateDataSubjectRequestInput,
} from './data-request.inputs.js';
import { extendedDueOn, initialDueOn } from './deadline.rules.js';
import { answerProblem, canMove, encodeRights, extensionProblem, formatReference, isLate, relationshipProblem } from './request.rules.js';

export const TARGET = 'DataSubjectRequest';

/** Fields whose values hold personal data: the audit trail names them, never copies them (the purge could not erase it). */
const PERSONAL: ReadonlySet<string> = new Set(['applicant', 'subject', 'content', 'answerSummary', 'extensionReason']);
const MASKED = '(donnée personnelle non journalisée)';

function snapshot(r: DataSubjectRequest): Record<string, unknown> {
  return {
    reference: r.reference, receivedOn: r.receivedOn, channel: r.channel, rights: r.rights, relationship: r.relationship,
    schoolUais: r.schoolUais, communeInseeCodes: r.communeInseeCodes, processingId: r.processing?.id ?? null, status: r.status,
    initialDueOn: r.initialDueOn, dueOn: r.dueOn, extensionNotifiedOn: r.extensionNotifiedOn ?? null,
    identityCheck: r.identityCheck, identityRequestedOn: r.identityRequestedOn ?? null, identityReceivedOn: r.identityReceivedOn ?? null, identityDecidedOn: r.identityDecidedOn ?? null,
    answeredOn: r.answeredOn ?? null, answerChannel: r.answerChannel ?? null, outcome: r.outcome ?? null, refusalGround: r.refusalGround ?? null,
    refusalDetail: r.refusalDetail ?? null, firstAnsweredOn: r.firstAnsweredOn ?? null, answeredLate: r.answeredLate ?? null, closedOn: r.closedOn ?? null,
    cnilComplaintReference: r.cnilComplaintReference ?? null, reopenedOn: r.reopenedOn ?? null,
    applicant: [r.applicantFirstName, r.applicantLastName, r.applicantEmail, r.applicantPostalAddress],
    subject: [r.subjectFirstName, r.subjectLastName, r.subjectEmail, r.subjectPostalAddress],
    content: r.content, answerSummary: r.answerSummary ?? null, extensionReason: r.extensionReason ?? null,
  };
}

/** The fields that changed, personal ones masked (null stays null: it tells a value was set or erased). */
function auditedChanges(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes = changesBetween(before, after);
  const mask = (value: unknown) => (value === null ? null : MASKED);
  for (const [field, [was, is]] of Object.entries(changes)) if (PERSONAL.has(field)) changes[field] = [mask(was), mask(is)];
  return changes;
}

/** Runs a change of one request in a transaction, audited with what changed. */
export async function changeRequest(ctx: RequestContext, id: string, operation: string, apply: (r: DataSubjectRequest, tx: EntityManager) => Promise<Changes | void> | Changes | void): Promise<number> {
  const requestId = parseId(id, 'id');
  await ctx.em.transactional(async (tx) => {
    const request = await tx.findOne(DataSubjectRequest, { id: requestId });
    if (!request) throw new NotFoundError(`Aucune demande n° ${id}.`);
    const before = snapshot(request);
    const extra = await apply(request, tx);
    recordAudit(tx, ctx, { operation, targetType: TARGET, targetId: requestId, changes: { ...auditedChanges(before, snapshot(request)), ...extra } });
  });
  return requestId;
}

export function notAfterToday(ctx: RequestContext, date: string, field: string): void {
  if (date > todayInParis(ctx.now)) throw new InvalidInputError(field, 'Cette date est dans le futur.');
}

function refuseMove(from: Status, to: Status): void {
  if (!canMove(from, to)) throw new ConflictError(`Une demande à l’état ${from} ne peut pas passer à l’état ${to}.`);
}

/**
 * The next reference of a year, in the caller's transaction: the upsert locks the year's row until commit,
 * so concurrent creations number one after the other, and a rollback gives the number back.
 */
export async function nextReference(em: EntityManager, year: number): Promise<string> {
  const [row] = await rows<{ lastNumber: number }>(em, sqlBuilder(em).insertInto('data_subject_request_counter').values({ year, last_number: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last_number: sql`data_subject_request_counter.last_number + 1` }))
    .returning('last_number as lastNumber'));
  return formatReference(year, Number(row!.lastNumber));
}

const clean = (value: string | null | undefined) => value?.trim() || null;

const emailOf = (person: PersonInput) => clean(person.email)?.toLowerCase() ?? null;

const applicantColumns = (person: PersonInput) => ({
  applicantFirstName: person.firstName.trim(), applicantLastName: person.lastName.trim(), applicantEmail: emailOf(person), applicantPostalAddress: clean(person.postalAddress),
});

const subjectColumns = (person: PersonInput | null | undefined) => ({
  subjectFirstName: person?.firstName.trim() ?? null, subjectLastName: person?.lastName.trim() ?? null,
  subjectEmail: person ? emailOf(person) : null, subjectPostalAddress: clean(person?.postalAddress),
});

function searchNamesOf(r: Pick<DataSubjectRequest, 'applicantFirstName' | 'applicantLastName' | 'subjectFirstName' | 'subjectLastName'>): string {
  return searchable([r.applicantFirstName, r.applicantLastName, r.subjectFirstName, r.subjectLastName].filter(Boolean).join(' '));
}

/** Codes of schools and communes that exist, space-separated, or bad input naming the unknown one. */
async function placeCodes(em: EntityManager, field: 'schoolUais' | 'communeInseeCodes', values: readonly string[]): Promise<string> {
  const codes = [...new Set(values.map((value) => (field === 'schoolUais' ? requireUai(value, field) : value.trim().toUpperCase())))];
  if (!codes.length) return '';
  const [table, key] = field === 'schoolUais' ? ['school', 'uai'] : ['commune', 'insee_code'];
  const found = new Set((await rows<{ code: string }>(em, sqlBuilder(em).selectFrom(table).select(`${key} as code`).where(key, 'in', codes))).map((row) => row.code));
  const unknown = codes.find((code) => !found.has(code));
  if (unknown) throw new InvalidInputError(field, `${field === 'schoolUais' ? 'École' : 'Commune'} inconnue : ${unknown}.`);
  return codes.join(' ');
}

async function processingFor(em: EntityManager, id: string | null | undefined): Promise<ProcessingActivity | null> {
  if (!id) return em.findOne(ProcessingActivity, { code: ENT_ECOLE_CODE });
  const processing = await em.findOne(ProcessingActivity, { id: parseId(id, 'processingId') });
  if (!processing) throw new InvalidInputError('processingId', `Aucun traitement n° ${id} au registre.`);
  return processing;
}

export async function createRequest(ctx: RequestContext, input: CreateDataSubjectRequestInput): Promise<number> {
  const today = todayInParis(ctx.now);
  notAfterToday(ctx, input.receivedOn, 'receivedOn');
  refuseInput(relationshipProblem(Boolean(input.subject), input.relationship ?? null));
  return ctx.em.transactional(async (tx) => {
    const request = tx.create(DataSubjectRequest, {
      reference: await nextReference(tx, Number(today.slice(0, 4))),
      receivedOn: input.receivedOn,
      channel: input.channel,
      rights: encodeRights(input.rights),
      content: input.content.trim(),
      ...applicantColumns(input.applicant),
      ...subjectColumns(input.subject),
      relationship: input.subject ? input.relationship! : ApplicantRelationship.SELF,
      searchNames: '',
      schoolUais: await placeCodes(tx, 'schoolUais', input.schoolUais ?? []),
      communeInseeCodes: await placeCodes(tx, 'communeInseeCodes', input.communeInseeCodes ?? []),
      processing: await processingFor(tx, input.processingId),
      initialDueOn: initialDueOn(input.receivedOn),
      dueOn: initialDueOn(input.receivedOn),
    });
    request.searchNames = searchNamesOf(request);
    await tx.flush();
    recordAudit(tx, ctx, { operation: 'createDataSubjectRequest', targetType: TARGET, targetId: request.id, changes: auditedChanges({}, snapshot(request)) });
    return request.id;
  });
}

const STALE = 'Cette demande a été modifiée entre-temps : rechargez-la avant d’enregistrer.';

export function updateRequest(ctx: RequestContext, id: string, input: UpdateDataSubjectRequestInput): Promise<number> {
  return changeRequest(ctx, id, 'updateDataSubjectRequest', async (r, tx) => {
    if (r.version !== input.version) throw new ConflictError(STALE, { field: 'version', currentVersion: r.version });
    if (r.status === Status.CLOSED || r.anonymisedAt) throw new ConflictError('Une demande close ne se modifie plus : rouvrez-la d’abord.');
    if (input.rights) r.rights = encodeRights(input.rights);
    if (input.channel) r.channel = input.channel;
    if (input.content) r.content = input.content.trim();
    if (input.applicant) Object.assign(r, applicantColumns(input.applicant));
    if (input.subject !== undefined || input.relationship !== undefined) {
      if (input.subject !== undefined) Object.assign(r, subjectColumns(input.subject));
      const hasSubject = r.subjectLastName != null;
      // Removing the subject without a new link makes the request the applicant's own.
      const relationship = input.relationship !== undefined ? input.relationship : hasSubject ? r.relationship : null;
      refuseInput(relationshipProblem(hasSubject, relationship));
      r.relationship = hasSubject ? relationship! : ApplicantRelationship.SELF;
    }
    r.searchNames = searchNamesOf(r);
    if (input.schoolUais) r.schoolUais = await placeCodes(tx, 'schoolUais', input.schoolUais);
    if (input.communeInseeCodes) r.communeInseeCodes = await placeCodes(tx, 'communeInseeCodes', input.communeInseeCodes);
    if (input.processingId !== undefined) r.processing = await processingFor(tx, input.processingId);
  });
}

export function startRequest(ctx: RequestContext, id: string): Promise<number> {
  return changeRequest(ctx, id, 'startDataSubjectRequest', (r) => {
    refuseMove(r.status, Status.IN_PROGRESS);
    r.status = Status.IN_PROGRESS;
  });
}

/** Two further months (Art. 12(3)): once, with reasons, told within the first month; the deadline runs on meanwhile. */
export function extendRequest(ctx: RequestContext, id: string, input: ExtendDataSubjectRequestInput): Promise<number> {
  return changeRequest(ctx, id, 'extendDataSubjectRequest', (r) => {
    if (r.status === Status.ANSWERED || r.status === Status.CLOSED) throw new ConflictError('Une demande répondue ou close ne se prolonge pas.');
    if (r.extensionNotifiedOn) throw new ConflictError(`Cette demande a déjà été prolongée le ${r.extensionNotifiedOn} : la prolongation ne se renouvelle pas.`);
    refuseInput(extensionProblem(r.receivedOn, input.notifiedOn, input.reason));
    notAfterToday(ctx, input.notifiedOn, 'notifiedOn');
    r.extensionNotifiedOn = input.notifiedOn;
    r.extensionReason = input.reason.trim();
    r.dueOn = extendedDueOn(r.receivedOn);
  });
}

/** The first answer decides the timing for ever; a later answer (after a complaint) keeps it. */
export function answerRequest(ctx: RequestContext, id: string, input: AnswerDataSubjectRequestInput): Promise<number> {
  return changeRequest(ctx, id, 'answerDataSubjectRequest', (r) => {
    refuseMove(r.status, Status.ANSWERED);
    const refusalGround = input.refusalGround ?? null;
    const refusalDetail = clean(input.refusalDetail);
    refuseInput(answerProblem({ receivedOn: r.receivedOn, answeredOn: input.answeredOn, outcome: input.outcome, refusalGround, refusalDetail }));
    notAfterToday(ctx, input.answeredOn, 'answeredOn');
    Object.assign(r, {
      status: Status.ANSWERED, answeredOn: input.answeredOn, answerChannel: input.channel, outcome: input.outcome, refusalGround, refusalDetail,
      answerSummary: clean(input.summary),
    });
    if (!r.firstAnsweredOn) {
      r.firstAnsweredOn = input.answeredOn;
      r.answeredLate = isLate(input.answeredOn, r.dueOn);
    }
  });
}

export function closeRequest(ctx: RequestContext, id: string, closedOn: string): Promise<number> {
  return changeRequest(ctx, id, 'closeDataSubjectRequest', (r) => {
    refuseMove(r.status, Status.CLOSED);
    if (closedOn < r.answeredOn!) throw new InvalidInputError('closedOn', 'Une demande ne se clôt pas avant sa réponse.');
    notAfterToday(ctx, closedOn, 'closedOn');
    r.status = Status.CLOSED;
    r.closedOn = closedOn;
  });
}

/** On a complaint to the CNIL the request is worked on again; its first answer's timing stays. */
export function reopenRequest(ctx: RequestContext, id: string, input: ReopenDataSubjectRequestInput): Promise<number> {
  return changeRequest(ctx, id, 'reopenDataSubjectRequest', (r) => {
    if (r.anonymisedAt) throw new ConflictError('Cette demande a été anonymisée : elle ne peut plus être rouverte.');
    refuseMove(r.status, Status.IN_PROGRESS);
    if (input.reopenedOn < r.answeredOn!) throw new InvalidInputError('reopenedOn', 'Une demande ne se rouvre pas avant sa réponse.');
    notAfterToday(ctx, input.reopenedOn, 'reopenedOn');
    Object.assign(r, { status: Status.IN_PROGRESS, reopenedOn: input.reopenedOn, cnilComplaintReference: input.cnilComplaintReference.trim(), closedOn: null });
  });
}
