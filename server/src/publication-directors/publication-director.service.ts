import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { todayInParis } from '../common/dates.js';
import { byKey, rowLoader } from '../common/loaders.js';
import { firstRow, rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { creation, recordAudit } from '../audit/audit.service.js';
import { enqueueMail } from '../notifications/outbox.service.js';
import { School } from '../schools/school.entity.js';
import { requireUai } from '../schools/school.service.js';
import { Commune } from '../territory/commune.entity.js';
import { PublicationDirectorAssignment } from './publication-director.entity.js';
import { Civility, PublicationDirectorFunction } from './publication-director.enums.js';
import type { AssignPublicationDirectorInput } from './publication-director.inputs.js';
import { assignmentMail } from './publication-director.mail.js';
import { lockScope, requireWritable, scopeTitle, type Scope } from './publication-director.perimeter.js';
import { activeOn, functionFitsScope, planAssignment, type Person } from './publication-director.rules.js';
import { ASSIGNMENT_TABLE, assignmentColumns, assignmentView, type AssignmentView } from './publication-director.views.js';

/** A person to designate, validated and normalised. */
export interface Designation extends Person {
  civility: Civility;
  function: PublicationDirectorFunction;
  justification: string | null;
  startDate: string;
}

/** Exactly one of `schoolUai` / `communeInseeCode`, in canonical form. */
function scopeOf(input: Pick<AssignPublicationDirectorInput, 'schoolUai' | 'communeInseeCode'>): Scope {
  const school = input.schoolUai?.trim();
  const commune = input.communeInseeCode?.trim().toUpperCase();
  if (Boolean(school) === Boolean(commune)) {
    throw new InvalidInputError(school ? 'communeInseeCode' : 'schoolUai', 'Indiquez soit une école (schoolUai), soit une commune (communeInseeCode), et un seul.');
  }
  return school ? { kind: 'school', code: requireUai(school, 'schoolUai') } : { kind: 'commune', code: commune! };
}

/** The person, checked against Article 6 (function fits the scope, OTHER justified) and normalised. */
function designationOf(input: AssignPublicationDirectorInput, scope: Scope): Designation {
  if (!functionFitsScope(input.function, scope.kind)) {
    throw new InvalidInputError('function', scope.kind === 'school'
      ? 'Pour une école, le directeur de publication est son directeur (SCHOOL_DIRECTOR), un directeur par intérim (INTERIM_DIRECTOR) ou une autre personne justifiée (OTHER).'
      : 'Pour une commune, le directeur de publication est le référent ville (CITY_REFERENT) ou une autre personne justifiée (OTHER).');
  }
  const justification = input.justification?.trim() || null;
  if (input.function === PublicationDirectorFunction.OTHER && !justification) {
    throw new InvalidInputError('justification', 'Une personne qui n’est ni directeur d’école ni référent ville doit être justifiée.');
  }
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  if (!firstName) throw new InvalidInputError('firstName', 'Le prénom est obligatoire.');
  if (!lastName) throw new InvalidInputError('lastName', 'Le nom est obligatoire.');
  return { civility: input.civility, firstName, lastName, email: input.email.trim().toLowerCase(), function: input.function, justification, startDate: input.startDate };
}

const civilityShort = (civility: Civility) => (civility === Civility.MADAME ? 'Mme' : 'M.');

/** What the audit trail keeps of an assignment. */
function snapshot(assignment: PublicationDirectorAssignment): Record<string, unknown> {
  return {
    schoolUai: assignment.school?.uai ?? null, communeInseeCode: assignment.commune?.inseeCode ?? null, civility: assignment.civility,
    firstName: assignment.firstName, lastName: assignment.lastName, email: assignment.email, function: assignment.function,
    justification: assignment.justification ?? null, startDate: assignment.startDate, endDate: assignment.endDate ?? null,
  };
}

const periodsOf = (tx: EntityManager, scope: Scope) =>
  tx.find(PublicationDirectorAssignment, scope.kind === 'school' ? { school: scope.code } : { commune: scope.code }, { orderBy: { startDate: 'desc' } });

/**
 * Designates a publication director inside the caller's transaction: locks the scope, checks the perimeter,
 * ends the current director the day before, adds the new period and queues the designation mail. History
 * is never rewritten: a start that is not after the current one's, or inside a closed period, is CONFLICT.
 */
export async function designate(tx: EntityManager, ctx: RequestContext, scope: Scope, who: Designation, operation: string): Promise<number> {
  const locked = await lockScope(tx, scope);
  await requireWritable(ctx, tx, locked);
  if (locked.closed) throw new ConflictError(`${scopeTitle(locked)} est fermée : elle n’a plus d’espaces dans l’ENT.`);
  const periods = await periodsOf(tx, scope);
  const plan = planAssignment(periods.map(({ id, startDate, endDate }) => ({ id, startDate, endDate: endDate ?? null })), who.startDate);
  if (!plan.ok) throw new ConflictError(plan.reason);
  if (plan.close) {
    const current = periods.find((period) => period.id === plan.close!.id)!;
    current.endDate = plan.close.endDate;
    current.endReason = `${current.civility === Civility.MADAME ? 'Remplacée' : 'Remplacé'} par ${civilityShort(who.civility)} ${who.firstName} ${who.lastName} à compter du ${who.startDate}`;
    // Closed before the new period is inserted: the partial unique index allows one open period at a time.
    await tx.flush();
    recordAudit(tx, ctx, { operation, targetType: 'PublicationDirectorAssignment', targetId: current.id, changes: { endDate: [null, current.endDate], endReason: [null, current.endReason] } });
  }
  const created = tx.create(PublicationDirectorAssignment, {
    ...who,
    school: scope.kind === 'school' ? tx.getReference(School, scope.code) : null,
    commune: scope.kind === 'commune' ? tx.getReference(Commune, scope.code) : null,
  });
  await tx.flush();
  recordAudit(tx, ctx, { operation, targetType: 'PublicationDirectorAssignment', targetId: created.id, changes: creation(snapshot(created)) });
  await enqueueMail(tx, assignmentMail(who, locked), ctx.now);
  return created.id;
}

export function assignPublicationDirector(ctx: RequestContext, input: AssignPublicationDirectorInput): Promise<number> {
  const scope = scopeOf(input);
  const who = designationOf(input, scope);
  return ctx.em.transactional((tx) => designate(tx, ctx, scope, who, 'assignPublicationDirector'));
}

/** Loads an assignment for a write, after locking its scope (so that it is read as it is now). */
async function lockedAssignment(ctx: RequestContext, tx: EntityManager, id: number): Promise<PublicationDirectorAssignment> {
  const row = await firstRow<{ school: string | null; commune: string | null }>(tx, sqlBuilder(tx).selectFrom(ASSIGNMENT_TABLE)
    .select(['school_uai as school', 'commune_insee_code as commune']).where('id', '=', id));
  if (!row) throw new NotFoundError(`Aucune désignation n° ${id}.`);
  await requireWritable(ctx, tx, await lockScope(tx, row.school ? { kind: 'school', code: row.school } : { kind: 'commune', code: row.commune! }));
  return tx.findOneOrFail(PublicationDirectorAssignment, { id });
}

export async function endPublicationDirector(ctx: RequestContext, id: number, endDate: string, reason: string): Promise<void> {
  const why = reason.trim();
  if (!why || why.length > 300) throw new InvalidInputError('reason', 'Le motif compte de 1 à 300 caractères.');
  await ctx.em.transactional(async (tx) => {
    const assignment = await lockedAssignment(ctx, tx, id);
    if (assignment.endDate) throw new ConflictError(`Cette désignation a déjà pris fin le ${assignment.endDate} : l’historique n’est pas réécrit.`);
    if (endDate < assignment.startDate) throw new InvalidInputError('endDate', `La fin ne peut précéder le début de la désignation (${assignment.startDate}).`);
    assignment.endDate = endDate;
    assignment.endReason = why;
    recordAudit(tx, ctx, { operation: 'endPublicationDirector', targetType: 'PublicationDirectorAssignment', targetId: id, changes: { endDate: [null, endDate], endReason: [null, why] } });
  });
}

/** Records the day the publication director acknowledged the charter; the same day again changes nothing. */
export async function acknowledgeCharter(ctx: RequestContext, id: number, on: string): Promise<void> {
  if (on > todayInParis(ctx.now)) throw new InvalidInputError('on', 'La date de prise de connaissance de la charte ne peut être dans le futur.');
  await ctx.em.transactional(async (tx) => {
    const assignment = await lockedAssignment(ctx, tx, id);
    if (assignment.charterAcknowledgedOn === on) return;
    if (assignment.charterAcknowledgedOn) throw new ConflictError(`La charte a déjà été acceptée le ${assignment.charterAcknowledgedOn}.`);
    assignment.charterAcknowledgedOn = on;
    recordAudit(tx, ctx, { operation: 'acknowledgeCharter', targetType: 'PublicationDirectorAssignment', targetId: id, changes: { charterAcknowledgedOn: [null, on] } });
  });
}

const assignmentById = rowLoader<number, AssignmentView>({ from: `${ASSIGNMENT_TABLE} as a`, key: 'a.id', columns: assignmentColumns('a'), toView: (row) => assignmentView(row), keyOf: (a) => a.id });

/** An assignment as a query reads it, after a write (the writer's perimeter was checked by the write). */
export async function findAssignment(ctx: RequestContext, id: number): Promise<AssignmentView> {
  const assignment = await ctx.loaders.get(assignmentById).clear(id).load(id);
  if (!assignment) throw new NotFoundError(`Aucune désignation n° ${id}.`);
  return assignment;
}

/** A scope's whole history, newest first, in one statement per page of scopes; the current period is picked from it. */
const historyLoader = (column: 'school_uai' | 'commune_insee_code', keyOf: (a: AssignmentView) => string | null) =>
  byKey<string, { code: string; assignments: AssignmentView[] }>(async (em, codes) => {
    const found = (await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom(`${ASSIGNMENT_TABLE} as a`).select(assignmentColumns('a'))
      .where(`a.${column}`, 'in', codes).orderBy('a.start_date', 'desc'))).map((row) => assignmentView(row));
    return codes.map((code) => ({ code, assignments: found.filter((assignment) => keyOf(assignment) === code) }));
  }, (entry) => entry.code);

const historyOfSchool = historyLoader('school_uai', (a) => a.schoolUai);
const historyOfCommune = historyLoader('commune_insee_code', (a) => a.communeInseeCode);

export async function historyOf(ctx: RequestContext, scope: Scope): Promise<AssignmentView[]> {
  return (await ctx.loaders.get(scope.kind === 'school' ? historyOfSchool : historyOfCommune).load(scope.code))?.assignments ?? [];
}

/** The publication director on today's date (Paris), if any. */
export async function currentOf(ctx: RequestContext, scope: Scope): Promise<AssignmentView | undefined> {
  return activeOn(await historyOf(ctx, scope), todayInParis(ctx.now));
}
