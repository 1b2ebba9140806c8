import {
  AnswerDataSubjectRequestDocument,
  CloseDataSubjectRequestDocument,
  DataSubjectRequestDashboardDocument,
  DataSubjectRequestReportDocument,
  ExtendDataSubjectRequestDocument,
  RecordIdentityCheckDocument,
  ReopenDataSubjectRequestDocument,
  StartDataSubjectRequestDocument,
} from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';
import { oneOf, required, text, texts, type Values } from '../dataProvider/values';
import { CHANNELS, IDENTITY_STATUSES, OUTCOMES, REFUSAL_GROUNDS } from './dataRequestEnums';

const idOf = (values: Values) => required(text(values.id), 'id');

/**
 * The steps of a request, each sent from a dialog of its page: the values are the dialog's form (plus
 * the request's `id`), so that the server's refusals land under the inputs. Each answers the request as
 * it now is.
 */
export const dataRequestCommands = {
  startDataSubjectRequest: operation(StartDataSubjectRequestDocument, (values: Values) => ({ id: idOf(values) }), (result) => result.startDataSubjectRequest),
  /** Refused on `notifiedOn` when the person was told after the initial due date (Art. 12(3)). */
  extendDataSubjectRequest: operation(
    ExtendDataSubjectRequestDocument,
    (values: Values) => ({
      id: idOf(values),
      input: { notifiedOn: required(text(values.notifiedOn), 'notifiedOn'), reason: required(text(values.reason), 'reason') },
    }),
    (result) => result.extendDataSubjectRequest,
  ),
  /** Asked, received (with the proofs uploaded), then verified or failed, which erases the proofs. */
  recordIdentityCheck: operation(
    RecordIdentityCheckDocument,
    (values: Values) => ({
      id: idOf(values),
      input: {
        status: required(oneOf(IDENTITY_STATUSES, values.status), 'status'),
        on: required(text(values.on), 'on'),
        proofFileIds: texts(values.proofFileIds),
      },
    }),
    (result) => result.recordIdentityCheck,
  ),
  /** A refusal, even partial, states its ground; a granted request has none (the form's choice is dropped). */
  answerDataSubjectRequest: operation(
    AnswerDataSubjectRequestDocument,
    (values: Values) => {
      const outcome = required(oneOf(OUTCOMES, values.outcome), 'outcome');
      const refused = outcome !== 'GRANTED';
      return {
        id: idOf(values),
        input: {
          answeredOn: required(text(values.answeredOn), 'answeredOn'),
          channel: required(oneOf(CHANNELS, values.channel), 'channel'),
          outcome,
          refusalGround: refused ? oneOf(REFUSAL_GROUNDS, values.refusalGround) : undefined,
          refusalDetail: refused ? text(values.refusalDetail) : undefined,
          summary: text(values.summary),
        },
      };
    },
    (result) => result.answerDataSubjectRequest,
  ),
  closeDataSubjectRequest: operation(
    CloseDataSubjectRequestDocument,
    (values: Values) => ({ id: idOf(values), closedOn: required(text(values.closedOn), 'closedOn') }),
    (result) => result.closeDataSubjectRequest,
  ),
  /** On a complaint to the CNIL: the request is worked on again, its first answer's timing stays. */
  reopenDataSubjectRequest: operation(
    ReopenDataSubjectRequestDocument,
    (values: Values) => ({
      id: idOf(values),
      input: {
        reopenedOn: required(text(values.reopenedOn), 'reopenedOn'),
        cnilComplaintReference: required(text(values.cnilComplaintReference), 'cnilComplaintReference'),
      },
    }),
    (result) => result.reopenDataSubjectRequest,
  ),
  /** The DPO home; its due list is an audited read of each request in it. */
  dataSubjectRequestDashboard: operation(DataSubjectRequestDashboardDocument, (_: void) => ({}), (result) => result.dataSubjectRequestDashboard),
  dataSubjectRequestReport: operation(DataSubjectRequestReportDocument, (year: number) => ({ year }), (result) => result.dataSubjectRequestReport),
};
