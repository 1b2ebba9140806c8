import { PaymentsDocument, type PaymentDetailsFragment, type PaymentFilter, type PaymentOrderField } from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { flag, text, type Values } from '../dataProvider/values';

/** A revenue order (titre de recette) and its payment; the API's record already has an `id`. */
export type PaymentRecord = PaymentDetailsFragment;

const SORT_FIELDS: Partial<Record<string, PaymentOrderField>> = { dueOn: 'DUE_ON', issuedOn: 'ISSUED_ON', amountCents: 'AMOUNT' };

const paymentFilter = (filter: Values): PaymentFilter => ({
  schoolYear: text(filter.schoolYear),
  academyCode: text(filter.academyCode),
  departmentCode: text(filter.departmentCode),
  overdue: flag(filter.overdue),
  paid: flag(filter.paid),
});

/** Read only as a list: revenue orders are issued from a signed convention's page. */
export const paymentsApi: ResourceApi<PaymentRecord> = {
  getList: operation(
    PaymentsDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, paymentFilter),
    ({ payments }) => listResult(payments, (payment) => payment),
  ),
};
