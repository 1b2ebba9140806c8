import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { frenchDate, todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { changesBetween, creation, recordAudit, type Actor } from '../audit/audit.service.js';
import { Commune } from '../territory/commune.entity.js';
import { conventionAmountCents } from './amount.rules.js';
import type { Campaign } from './campaign.entity.js';
import { requireCampaign } from './campaign.service.js';
import { assertTransition, type ConventionStatus } from './convention-status.rules.js';
import { requireDepartment } from './convention-access.js';
import { Convention, Enrolment } from './convention.entity.js';
import type { CreateConventionInput, SignatureInput } from './convention.inputs.js';
import { CouncilDeliberation } from './deliberation.entity.js';
import { enrol, enrolledUais, requireEnrollable } from './enrolment.service.js';
import { requireNotFuture, requireSchoolUais, requireSchoolYear, requireText } from './input-checks.js';

/** What the audit trail keeps of a convention. */
export function conventionSnapshot(c: Convention, schools: readonly string[]): Record<string, unknown> {
  return {
    communeInseeCode: c.commune.inseeCode, schoolYear: c.schoolYear, status: c.status, schools: [...schools], unitPriceCents: c.unitPriceCents,
    amountCents: c.amountCents, endsOn: c.endsOn, sentOn: c.sentOn ?? null, communeSignedOn: c.communeSignedOn ?? null,
    academySignedOn: c.academySignedOn ?? null, cancelledOn: c.cancelledOn ?? null, cancellationReason: c.cancellationReason ?? null,
  };
}

/** The convention to change, inside the writer's perimeter; NOT_FOUND when unknown. */
export async function requireConvention(ctx: RequestContext, em: EntityManager, id: string | number): Promise<Convention> {
  const conventionId = typeof id === 'number' ? id : parseId(id, 'id');
  const convention = await em.findOne(Convention, { id: conventionId });
  if (!convention) throw new NotFoundError(`Aucune convention n° ${conventionId}.`);
  await requireDepartment(ctx, em, convention.departmentCode, `La convention n° ${conventionId}`);
  return convention;
}

/** Applies a transition of the status machine; a disallowed one is a CONFLICT that names the current status. */
export function moveTo(convention: Convention, to: ConventionStatus): void {
  const check = assertTransition(convention.status, to);
  if (!check.ok) throw new ConflictError(check.message, { status: convention.status });
  convention.status = to;
}

export interface Draft {
  commune: Commune;
  schoolYear: string;
  campaign: Campaign;
  uais: readonly string[];
}

/**
 * A new DRAFT convention at the campaign's price and end date, with its schools; shared by creation and
 * the yearly renewal. One live convention per commune and year: checked here, and by the partial unique
 * index for requests racing past the check.
 */
export async function openDraft(em: EntityManager, actor: Actor, draft: Draft, operation: string): Promise<Convention> {
  const { commune, schoolYear, campaign, uais } = draft;
  const live = await em.findOne(Convention, { commune, schoolYear, cancelledOn: null });
  if (live) throw new ConflictError(`La commune ${commune.name} a déjà une convention pour ${schoolYear} (n° ${live.id}).`, { field: 'communeInseeCode', conventionId: live.id });
  await requireEnrollable(em, commune.inseeCode, schoolYear, uais);
  const convention = em.create(Convention, {
    schoolYear, commune, departmentCode: commune.department.code, searchName: commune.searchName, status: 'DRAFT',
    unitPriceCents: campaign.unitPriceCents, amountCents: conventionAmountCents(uais.length, campaign.unitPriceCents), endsOn: campaign.conventionEndDate,
  });
  enrol(em, convention, uais);
  await em.flush();
  recordAudit(em, actor, { operation, targetType: 'Convention', targetId: convention.id, changes: creation(conventionSnapshot(convention, uais)) });
  return convention;
}

export async function createConvention(ctx: RequestContext, input: CreateConventionInput): Promise<number> {
  const schoolYear = requireSchoolYear(input.schoolYear);
  const uais = requireSchoolUais(input.schoolUais);
  return ctx.em.transactional(async (tx) => {
    const commune = await tx.findOne(Commune, { inseeCode: input.communeInseeCode.trim().toUpperCase() });
    if (!commune) throw new InvalidInputError('communeInseeCode', `Commune inconnue : ${input.communeInseeCode}.`);
    const place = await requireDepartment(ctx, tx, commune.department.code, `La commune ${commune.name}`);
    const campaign = await requireCampaign(tx, schoolYear, place.academyCode);
    return (await openDraft(tx, ctx, { commune, schoolYear, campaign, uais }, 'createConvention')).id;
  });
}

/** Loads a convention, applies a change, and records it in the audit trail: the frame of every workflow step. */
export async function changeConvention(ctx: RequestContext, id: string, operation: string, apply: (tx: EntityManager, c: Convention, schools: string[]) => Promise<string[] | void>): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    const convention = await requireConvention(ctx, tx, id);
    const schools = await enrolledUais(tx, convention.id);
    const before = conventionSnapshot(convention, schools);
    const after = (await apply(tx, convention, schools)) ?? schools;
    recordAudit(tx, ctx, { operation, targetType: 'Convention', targetId: convention.id, changes: changesBetween(before, conventionSnapshot(convention, after)) });
  });
}

/** A draft's schools change freely; after it is sent the commune deliberates on that list, and after signature only an amendment adds schools. */
export function setConventionSchools(ctx: RequestContext, id: string, schoolUais: string[]): Promise<void> {
  const uais = requireSchoolUais(schoolUais);
  return changeConvention(ctx, id, 'setConventionSchools', async (tx, convention, current) => {
    if (convention.status !== 'DRAFT') {
      throw new ConflictError('Les écoles ne se modifient que sur un brouillon : la commune délibère sur la liste envoyée, et après signature une école s’ajoute par avenant.', { status: convention.status });
    }
    const removed = current.filter((uai) => !uais.includes(uai));
    const added = uais.filter((uai) => !current.includes(uai));
    if (removed.length) await tx.nativeDelete(Enrolment, { convention, school: { $in: removed } });
    await requireEnrollable(tx, convention.commune.inseeCode, convention.schoolYear, added);
    enrol(tx, convention, added);
    convention.amountCents = conventionAmountCents(uais.length, convention.unitPriceCents);
    return uais;
  });
}

export function sendConvention(ctx: RequestContext, id: string): Promise<void> {
  return changeConvention(ctx, id, 'sendConvention', async (_tx, convention) => {
    // SENT → SENT is the machine's record of a rejected vote, not a second sending.
    if (convention.status === 'SENT') throw new ConflictError('La convention est déjà envoyée à la commune.', { status: convention.status });
    moveTo(convention, 'SENT');
    convention.sentOn = todayInParis(ctx.now);
  });
}

/**
 * Both parties sign once the council has authorised the mayor: the mayor not before the meeting, neither
 * party in the future nor after the convention's end. Signing freezes the price, amount and end date.
 */
export function signConvention(ctx: RequestContext, id: string, input: SignatureInput): Promise<void> {
  return changeConvention(ctx, id, 'signConvention', async (tx, convention) => {
    moveTo(convention, 'SIGNED');
    const today = todayInParis(ctx.now);
    requireNotFuture(input.communeSignedOn, today, 'communeSignedOn', 'La signature du maire');
    requireNotFuture(input.academySignedOn, today, 'academySignedOn', 'La signature de la région académique');
    const deliberation = await tx.findOneOrFail(CouncilDeliberation, { convention, adopted: true }, { orderBy: { id: 'desc' } });
    if (input.communeSignedOn < deliberation.meetingDate) {
      throw new InvalidInputError('communeSignedOn', `Le maire ne peut signer qu’une fois autorisé par le conseil municipal (séance du ${frenchDate(deliberation.meetingDate)}).`);
    }
    for (const field of ['communeSignedOn', 'academySignedOn'] as const) {
      if (input[field] > convention.endsOn) throw new InvalidInputError(field, `La convention se termine le ${frenchDate(convention.endsOn)} : elle ne peut être signée après.`);
    }
    convention.communeSignedOn = input.communeSignedOn;
    convention.academySignedOn = input.academySignedOn;
  });
}

/** Until signature a convention may be cancelled; its schools are released for another convention of the year. */
export function cancelConvention(ctx: RequestContext, id: string, reason: string): Promise<void> {
  const why = requireText(reason, 'reason', 'Le motif d’annulation');
  if (why.length > 500) throw new InvalidInputError('reason', 'Le motif d’annulation compte au plus 500 caractères.');
  return changeConvention(ctx, id, 'cancelConvention', async (tx, convention) => {
    moveTo(convention, 'CANCELLED');
    const today = todayInParis(ctx.now);
    convention.cancelledOn = today;
    convention.cancellationReason = why;
    await tx.nativeUpdate(Enrolment, { convention, withdrawnOn: null }, { withdrawnOn: today });
  });
}
