import type { RequestContext } from '../context.js';
import { addDays, frenchDate, todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { firstRow, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { creation, recordAudit } from '../audit/audit.service.js';
import { departmentsOfAcademy, type PageWants } from '../territory/territory.service.js';
import { requireDepartment, teamPerimeter } from './convention-access.js';
import { requireConvention } from './convention-workflow.service.js';
import { Amendment } from './convention.entity.js';
import { paymentColumns, paymentView, type PaymentView } from './convention.loaders.js';
import { requireNotFuture, requireSchoolYear, requireText } from './input-checks.js';
import { Payment } from './payment.entity.js';
import { PaymentOrderField, type PaymentsArgs, type RevenueOrderInput } from './payment.inputs.js';

/** Days between the revenue order and its due date when none is given (the usual term of an avis des sommes à payer). */
export const PAYMENT_TERM_DAYS = 30;

export function listPayments(ctx: RequestContext, args: PaymentsArgs, wants: PageWants): Promise<Page<PaymentView>> {
  const { schoolYear, academyCode, departmentCode, overdue, paid } = args.filter ?? {};
  const perimeter = teamPerimeter(ctx, 'p.department_code');
  const today = todayInParis(ctx.now);
  return listPage(ctx.em, {
    from: 'convention_payment as p',
    key: 'p.id',
    where: (q) => {
      if (perimeter) q = q.where(perimeter);
      if (schoolYear) q = q.where('p.school_year', '=', requireSchoolYear(schoolYear));
      if (academyCode) q = q.where('p.department_code', 'in', departmentsOfAcademy(academyCode));
      if (departmentCode) q = q.where('p.department_code', '=', departmentCode);
      if (paid != null) q = q.where('p.paid_on', paid ? 'is not' : 'is', null);
      if (overdue === true) q = q.where('p.paid_on', 'is', null).where('p.due_on', '<', today);
      if (overdue === false) q = q.where((eb) => eb.or([eb('p.paid_on', 'is not', null), eb('p.due_on', '>=', today)]));
      return q;
    },
    orderColumns: { [PaymentOrderField.DUE_ON]: 'p.due_on', [PaymentOrderField.ISSUED_ON]: 'p.issued_on', [PaymentOrderField.AMOUNT]: 'p.amount_cents' },
    orderBy: args.orderBy,
    defaultOrder: [{ field: PaymentOrderField.DUE_ON, direction: OrderDirection.ASC }],
    select: (q) => q.select(paymentColumns('p')),
    toView: paymentView,
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

/**
 * A revenue order for what was signed: the convention's frozen amount, or a signed amendment's. One per
 * convention and per amendment (the database refuses a second one too).
 */
export async function recordRevenueOrder(ctx: RequestContext, conventionId: string, input: RevenueOrderInput): Promise<number> {
  const today = todayInParis(ctx.now);
  requireNotFuture(input.issuedOn, today, 'issuedOn', 'L’émission du titre');
  const dueOn = input.dueOn ?? addDays(input.issuedOn, PAYMENT_TERM_DAYS);
  if (dueOn < input.issuedOn) throw new InvalidInputError('dueOn', `L’échéance ne peut précéder l’émission du titre (${frenchDate(input.issuedOn)}).`);
  const reference = requireText(input.reference, 'reference', 'La référence du titre');
  return ctx.em.transactional(async (tx) => {
    const convention = await requireConvention(ctx, tx, conventionId);
    if (convention.status !== 'SIGNED' && convention.status !== 'EXPIRED') {
      throw new ConflictError('Un titre de recette ne s’émet que pour une convention signée.', { status: convention.status });
    }
    let amendment: Amendment | null = null;
    if (input.amendmentId) {
      amendment = await tx.findOne(Amendment, { id: parseId(input.amendmentId, 'amendmentId'), convention });
      if (!amendment) throw new InvalidInputError('amendmentId', `Cet avenant n’appartient pas à la convention n° ${convention.id}.`);
      if (!amendment.communeSignedOn) throw new ConflictError(`L’avenant n° ${amendment.number} n’est pas encore signé.`);
    }
    const subject = amendment ? `l’avenant n° ${amendment.number}` : 'cette convention';
    if (await tx.findOne(Payment, { convention, amendment })) throw new ConflictError(`Un titre de recette a déjà été émis pour ${subject}.`);
    const payment = tx.create(Payment, {
      convention, amendment, schoolYear: convention.schoolYear, departmentCode: convention.departmentCode,
      amountCents: amendment ? amendment.amountCents : convention.amountCents, issuedOn: input.issuedOn, reference, dueOn,
    });
    await tx.flush();
    recordAudit(tx, ctx, { operation: 'recordRevenueOrder', targetType: 'Payment', targetId: payment.id, changes: creation({ conventionId: convention.id, amendmentId: amendment?.id ?? null, amountCents: payment.amountCents, issuedOn: payment.issuedOn, reference, dueOn }) });
    return payment.id;
  });
}

export async function recordPayment(ctx: RequestContext, paymentId: string, paidOn: string): Promise<number> {
  requireNotFuture(paidOn, todayInParis(ctx.now), 'paidOn', 'Le paiement');
  return ctx.em.transactional(async (tx) => {
    const payment = await tx.findOne(Payment, { id: parseId(paymentId, 'paymentId') });
    if (!payment) throw new NotFoundError(`Aucun titre de recette n° ${paymentId}.`);
    await requireDepartment(ctx, tx, payment.departmentCode, `Le titre de recette n° ${payment.id}`);
    if (payment.paidOn) throw new ConflictError(`Ce titre est déjà payé depuis le ${frenchDate(payment.paidOn)}.`);
    if (paidOn < payment.issuedOn) throw new InvalidInputError('paidOn', `Le paiement ne peut précéder l’émission du titre (${frenchDate(payment.issuedOn)}).`);
    payment.paidOn = paidOn;
    recordAudit(tx, ctx, { operation: 'recordPayment', targetType: 'Payment', targetId: payment.id, changes: { paidOn: [null, paidOn] } });
    return payment.id;
  });
}

/** Unpaid past its due date. */
export function isOverdue(payment: Pick<PaymentView, 'paidOn' | 'dueOn'>, today: string): boolean {
  return payment.paidOn === null && payment.dueOn < today;
}

/** A payment the mutations answer with, re-read within the caller's perimeter. */
export async function findPayment(ctx: RequestContext, id: number): Promise<PaymentView | undefined> {
  const perimeter = teamPerimeter(ctx, 'p.department_code');
  const query = sqlBuilder(ctx.em).selectFrom('convention_payment as p').select(paymentColumns('p')).where('p.id', '=', id);
  const row = await firstRow<Record<string, unknown>>(ctx.em, perimeter ? query.where(perimeter) : query);
  return row && paymentView(row);
}
