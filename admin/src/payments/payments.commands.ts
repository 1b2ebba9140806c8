import { RecordPaymentDocument, RecordRevenueOrderDocument } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';
import { required, text, type Values } from '../dataProvider/values';

/** The subject of a revenue order that is the convention itself; otherwise the subject is an amendment's id. */
export const CONVENTION_SUBJECT = 'convention';

export const paymentCommands = {
  /** A revenue order for a signed convention, or (`subject`: its id) one of its signed amendments. */
  recordRevenueOrder: operation(
    RecordRevenueOrderDocument,
    (values: Values) => ({
      conventionId: required(text(values.conventionId), 'conventionId'),
      input: {
        amendmentId: values.subject === CONVENTION_SUBJECT ? null : required(text(values.subject), 'subject'),
        issuedOn: required(text(values.issuedOn), 'issuedOn'),
        reference: required(text(values.reference), 'reference'),
        dueOn: text(values.dueOn) ?? null,
      },
    }),
    ({ recordRevenueOrder }) => recordRevenueOrder.id,
  ),
  recordPayment: operation(
    RecordPaymentDocument,
    (values: Values) => ({ paymentId: required(text(values.id), 'id'), paidOn: required(text(values.paidOn), 'paidOn') }),
    ({ recordPayment }) => recordPayment.id,
  ),
};
