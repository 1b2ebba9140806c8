import {
  CreateDataSubjectRequestDocument,
  DataSubjectRequestDocument,
  DataSubjectRequestsDocument,
  type CreateDataSubjectRequestInput,
  type DataSubjectRequestDetailsFragment,
  type DataSubjectRequestFilter,
  type DataSubjectRequestOrderField,
  type DataSubjectRequestSummaryFragment,
  type PersonInput,
} from '../graphql/generated/graphql';
import { listResult, listVariables, type ListQuery } from '../dataProvider/listQuery';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import { flag, oneOf, required, text, texts, type Values } from '../dataProvider/values';
import { CHANNELS, RELATIONSHIPS, REQUEST_STATUSES, RIGHTS } from './dataRequestEnums';

/** A request as its page shows it (the API's request already has an `id`). */
export type DataSubjectRequestRecord = DataSubjectRequestDetailsFragment;
/** A row of the list: fewer fields, since the server audits the names of the fields each read selects. */
export type DataSubjectRequestRow = DataSubjectRequestSummaryFragment;

/**
 * react-admin puts the list's rows in its cache of single records, so a request's page may first get a
 * row: its page waits for the details (`guidance` is one of them).
 */
export const isDetailed = (record: DataSubjectRequestRow | DataSubjectRequestRecord): record is DataSubjectRequestRecord => 'guidance' in record;

const SORT_FIELDS: Partial<Record<string, DataSubjectRequestOrderField>> = {
  dueOn: 'DUE_ON',
  daysLeft: 'DUE_ON',
  receivedOn: 'RECEIVED_ON',
  reference: 'REFERENCE',
  status: 'STATUS',
  updatedAt: 'UPDATED_AT',
};

const requestFilter = (filter: Values): DataSubjectRequestFilter => ({
  q: text(filter.q),
  status: oneOf(REQUEST_STATUSES, filter.status),
  right: oneOf(RIGHTS, filter.right),
  overdue: flag(filter.overdue),
  open: flag(filter.open),
  dueBefore: text(filter.dueBefore),
});

/** A person of the form (`applicant.firstName`…); `field` names the input that reports a missing name. */
const personInput = (person: unknown, field: string): PersonInput => {
  const values = (typeof person === 'object' && person !== null ? person : {}) as Values;
  return {
    firstName: required(text(values.firstName), `${field}.firstName`),
    lastName: required(text(values.lastName), `${field}.lastName`),
    email: text(values.email),
    postalAddress: text(values.postalAddress),
  };
};

/** The subject is asked for only when the applicant acts for someone else (a parent, an heir…). */
export function createInput(data: Values): CreateDataSubjectRequestInput {
  const relationship = oneOf(RELATIONSHIPS, data.relationship) ?? 'SELF';
  const forSomeoneElse = relationship !== 'SELF';
  return {
    rights: required(texts(data.rights)?.map((right) => oneOf(RIGHTS, right)).filter((right) => right !== undefined), 'rights'),
    receivedOn: required(text(data.receivedOn), 'receivedOn'),
    channel: required(oneOf(CHANNELS, data.channel), 'channel'),
    content: required(text(data.content), 'content'),
    applicant: personInput(data.applicant, 'applicant'),
    relationship,
    subject: forSomeoneElse ? personInput(data.subject, 'subject') : undefined,
    schoolUais: texts(data.schoolUais),
    communeInseeCodes: texts(data.communeInseeCodes),
  };
}

/** The DPO's requests; each one the API returns is an audited read, so lists ask for one page at a time. */
export const dataSubjectRequestsApi: ResourceApi<DataSubjectRequestRow | DataSubjectRequestRecord> = {
  getList: operation(
    DataSubjectRequestsDocument,
    (query: ListQuery) => listVariables(query, SORT_FIELDS, requestFilter),
    ({ dataSubjectRequests }) => listResult(dataSubjectRequests, (request) => request),
  ),
  getOne: operation(DataSubjectRequestDocument, (id) => ({ id: String(id) }), ({ dataSubjectRequest }) => dataSubjectRequest),
  create: operation(CreateDataSubjectRequestDocument, (data) => ({ input: createInput(data) }), ({ createDataSubjectRequest }) => createDataSubjectRequest),
};
