import type { RequestContext } from '../context.js';
import { todayInParis } from '../common/dates.js';
import { ConflictError, DomainError, InvalidInputError } from '../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Commune } from '../territory/commune.entity.js';
import { checkActesId } from './actes.rules.js';
import { statusAfterDeliberation } from './convention-status.rules.js';
import { moveTo, requireConvention } from './convention-workflow.service.js';
import type { DeliberationInput } from './convention.inputs.js';
import { CouncilDeliberation } from './deliberation.entity.js';
import { checkDeliberation, checkLegalityDates } from './deliberation.rules.js';

type Violation = { field: string; message: string };

/** BAD_USER_INPUT naming the first violated rule's field, with every violation for the form. */
function rejected(violations: Violation[]): DomainError {
  return new DomainError('BAD_USER_INPUT', violations[0]!.message, { field: violations[0]!.field, violations });
}

/**
 * The ACTES acknowledgement in its normalised form, checked against the commune (SIREN, département) and
 * the receipt date; a decision date other than the meeting's is only a warning (shown with the deliberation).
 */
function normalisedActesId(actesId: string, commune: Commune, input: DeliberationInput): string {
  if (!commune.siren) throw new InvalidInputError('actesId', `Le SIREN de la commune ${commune.name} est inconnu : l’identifiant ACTES ne peut être vérifié.`);
  const check = checkActesId(actesId, { communeSiren: commune.siren, communeDepartment: commune.department.code, receiptDate: input.receivedOn ?? null, meetingDate: input.meetingDate });
  if (!check.valid) throw rejected(check.errors);
  return check.actesId;
}

/**
 * Records the council's vote on a SENT convention. The figures must satisfy the CGCT (every violation
 * names its field); adopted, the convention becomes DELIBERATED; rejected, it stays SENT, the deliberation
 * kept on record, awaiting another vote or a cancellation.
 */
export async function recordDeliberation(ctx: RequestContext, conventionId: string, input: DeliberationInput): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    const convention = await requireConvention(ctx, tx, conventionId);
    const votable = statusAfterDeliberation(convention.status, true);
    if (!votable.ok) throw new ConflictError(votable.message, { status: convention.status });
    const facts = {
      ...input, secretBallot: input.secretBallot ?? false, secondConvocation: input.secondConvocation ?? false,
      blankOrSpoilt: input.blankOrSpoilt ?? null, firstMeetingDate: input.firstMeetingDate ?? null, presidentVote: input.presidentVote ?? null,
    };
    const check = checkDeliberation(facts);
    const violations: Violation[] = [...check.violations, ...checkLegalityDates(input)];
    if (input.meetingDate > todayInParis(ctx.now)) violations.push({ field: 'meetingDate', message: 'La séance ne peut être dans le futur : une délibération s’enregistre une fois votée.' });
    if (violations.length) throw rejected(violations);
    const commune = await tx.findOneOrFail(Commune, { inseeCode: convention.commune.inseeCode });
    const actesId = input.actesId?.trim() ? normalisedActesId(input.actesId, commune, input) : null;
    const adopted = check.adopted!;
    const before = convention.status;
    moveTo(convention, adopted ? 'DELIBERATED' : 'SENT');
    const deliberation = tx.create(CouncilDeliberation, {
      ...facts, convention, number: input.number.trim(), secretary: input.secretary?.trim() || null, actesId,
      transmittedOn: input.transmittedOn ?? null, receivedOn: input.receivedOn ?? null, publishedOn: input.publishedOn ?? null,
      adopted, quorumReached: check.quorumReached,
    });
    await tx.flush();
    recordAudit(tx, ctx, {
      operation: 'recordDeliberation', targetType: 'Convention', targetId: convention.id,
      changes: { status: [before, convention.status], deliberation: [null, { id: deliberation.id, number: deliberation.number, meetingDate: deliberation.meetingDate, adopted, actesId }] },
    });
  });
}

/** The warnings a stored deliberation carries: an ACTES date that differs from the meeting's. */
export function deliberationWarnings(deliberation: { actesId: string | null; meetingDate: string }): string[] {
  if (!deliberation.actesId) return [];
  const check = checkActesId(deliberation.actesId, { communeSiren: deliberation.actesId.split('-')[1] ?? '', meetingDate: deliberation.meetingDate });
  return check.warnings.map((warning) => warning.message);
}
