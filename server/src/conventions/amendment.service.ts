import type { RequestContext } from '../context.js';
import { frenchDate, todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { changesBetween, recordAudit } from '../audit/audit.service.js';
import { amendmentAmountCents, schoolsAddedSince } from './amount.rules.js';
import { requireDepartment } from './convention-access.js';
import { changeConvention } from './convention-workflow.service.js';
import { Amendment } from './convention.entity.js';
import type { SignatureInput } from './convention.inputs.js';
import { enrol, requireEnrollable } from './enrolment.service.js';
import { requireNotFuture, requireSchoolUais } from './input-checks.js';

/**
 * Schools enrolled after signature go through an amendment (avenant) with its own amount at the
 * convention's frozen price: the signed convention's amount never changes. Only additions exist (the
 * convention provides no refund), and schools already enrolled are simply not added again.
 */
export function amendConvention(ctx: RequestContext, id: string, schoolUais: string[]): Promise<void> {
  const uais = requireSchoolUais(schoolUais);
  return changeConvention(ctx, id, 'amendConvention', async (tx, convention, current) => {
    if (convention.status !== 'SIGNED') {
      throw new ConflictError('Un avenant ne s’établit que sur une convention signée et en vigueur ; avant signature, modifiez les écoles du brouillon.', { status: convention.status });
    }
    const added = schoolsAddedSince(current, uais);
    if (!added.length) throw new InvalidInputError('schoolUais', 'Ces écoles sont déjà inscrites à la convention : l’avenant n’ajouterait rien.');
    await requireEnrollable(tx, convention.commune.inseeCode, convention.schoolYear, added);
    const number = (await tx.count(Amendment, { convention })) + 1;
    const amendment = tx.create(Amendment, { convention, number, amountCents: amendmentAmountCents(added.length, convention.unitPriceCents) });
    enrol(tx, convention, added, amendment);
    return [...current, ...added];
  });
}

/** Both parties sign the amendment, after the convention itself and before it ends. Returns the convention's id. */
export async function signAmendment(ctx: RequestContext, id: string, input: SignatureInput): Promise<number> {
  return ctx.em.transactional(async (tx) => {
    const amendment = await tx.findOne(Amendment, { id: parseId(id, 'id') }, { populate: ['convention'] });
    if (!amendment) throw new NotFoundError(`Aucun avenant n° ${id}.`);
    const convention = amendment.convention;
    await requireDepartment(ctx, tx, convention.departmentCode, `La convention n° ${convention.id}`);
    if (amendment.communeSignedOn) throw new ConflictError(`L’avenant n° ${amendment.number} est déjà signé.`);
    if (convention.status !== 'SIGNED') throw new ConflictError('La convention n’est plus en vigueur : son avenant ne peut être signé.', { status: convention.status });
    const today = todayInParis(ctx.now);
    requireNotFuture(input.communeSignedOn, today, 'communeSignedOn', 'La signature du maire');
    requireNotFuture(input.academySignedOn, today, 'academySignedOn', 'La signature de la région académique');
    for (const field of ['communeSignedOn', 'academySignedOn'] as const) {
      const signedOn = convention[field]!;
      if (input[field] < signedOn) throw new InvalidInputError(field, `Un avenant se signe après la convention (signée le ${frenchDate(signedOn)}).`);
      if (input[field] > convention.endsOn) throw new InvalidInputError(field, `La convention se termine le ${frenchDate(convention.endsOn)} : son avenant ne peut être signé après.`);
    }
    const before = { communeSignedOn: null, academySignedOn: null };
    amendment.communeSignedOn = input.communeSignedOn;
    amendment.academySignedOn = input.academySignedOn;
    recordAudit(tx, ctx, { operation: 'signAmendment', targetType: 'Amendment', targetId: amendment.id, changes: changesBetween(before, { communeSignedOn: input.communeSignedOn, academySignedOn: input.academySignedOn }) });
    return convention.id;
  });
}
