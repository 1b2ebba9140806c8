import { toBool, toInstant, toIsoDate } from '../common/sql.js';
import { processingColumns, processingView, type ProcessingView } from '../processing-register/processing.views.js';
import type {
  AnswerOutcome, ApplicantRelationship, DataSubjectRequestStatus, DataSubjectRight, IdentityCheckStatus, RefusalGround, RequestChannel,
} from './data-request.enums.js';
import { decodeRights } from './request.rules.js';

export interface PersonView {
  firstName: string;
  lastName: string;
  email: string | null;
  postalAddress: string | null;
}

/** Read model of a request, shaped like the GraphQL type (computed fields are added by the resolver). */
export interface RequestView {
  id: number;
  reference: string;
  receivedOn: string;
  channel: RequestChannel;
  rights: DataSubjectRight[];
  content: string;
  applicant: PersonView;
  /** The applicant when the request is their own. */
  subject: PersonView;
  relationship: ApplicantRelationship;
  schoolUais: string[];
  communeInseeCodes: string[];
  processingId: number | null;
  processing?: ProcessingView | null;
  status: DataSubjectRequestStatus;
  initialDueOn: string;
  dueOn: string;
  extensionNotifiedOn: string | null;
  extensionReason: string | null;
  identityCheck: IdentityCheckStatus;
  identityRequestedOn: string | null;
  identityReceivedOn: string | null;
  identityDecidedOn: string | null;
  answeredOn: string | null;
  answerChannel: RequestChannel | null;
  outcome: AnswerOutcome | null;
  refusalGround: RefusalGround | null;
  refusalDetail: string | null;
  answerSummary: string | null;
  firstAnsweredOn: string | null;
  answeredLate: boolean | null;
  closedOn: string | null;
  cnilComplaintReference: string | null;
  reopenedOn: string | null;
  anonymisedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Columns read as they are, by view name. */
const PLAIN = {
  id: 'id', reference: 'reference', channel: 'channel', content: 'content', relationship: 'relationship', processingId: 'processing_id',
  status: 'status', extensionReason: 'extension_reason', identityCheck: 'identity_check', answerChannel: 'answer_channel', outcome: 'outcome',
  refusalGround: 'refusal_ground', refusalDetail: 'refusal_detail', answerSummary: 'answer_summary', cnilComplaintReference: 'cnil_complaint_reference',
  version: 'version',
} as const;

const DATES = {
  receivedOn: 'received_on', initialDueOn: 'initial_due_on', dueOn: 'due_on', extensionNotifiedOn: 'extension_notified_on',
  identityRequestedOn: 'identity_requested_on', identityReceivedOn: 'identity_received_on', identityDecidedOn: 'identity_decided_on',
  answeredOn: 'answered_on', firstAnsweredOn: 'first_answered_on', closedOn: 'closed_on', reopenedOn: 'reopened_on',
} as const;

const PERSON_COLUMNS = ['first_name', 'last_name', 'email', 'postal_address'];

export const requestColumns = (r: string) => [
  ...Object.entries({ ...PLAIN, ...DATES }).map(([field, column]) => `${r}.${column} as ${field}`),
  ...['applicant', 'subject'].flatMap((who) => PERSON_COLUMNS.map((column) => `${r}.${who}_${column} as ${who}$${column}`)),
  `${r}.rights as rights`, `${r}.school_uais as schoolUais`, `${r}.commune_insee_codes as communeInseeCodes`,
  `${r}.answered_late as answeredLate`, `${r}.anonymised_at as anonymisedAt`, `${r}.created_at as createdAt`, `${r}.updated_at as updatedAt`,
];

export const PROCESSING_PREFIX = 'processing$';
export const requestProcessingColumns = (p: string) => processingColumns(p, PROCESSING_PREFIX);

type Row = Record<string, unknown>;

function person(row: Row, who: 'applicant' | 'subject'): PersonView {
  return {
    firstName: row[`${who}$first_name`] as string, lastName: row[`${who}$last_name`] as string,
    email: (row[`${who}$email`] as string | null) ?? null, postalAddress: (row[`${who}$postal_address`] as string | null) ?? null,
  };
}

const codes = (value: unknown) => String(value ?? '').split(' ').filter(Boolean);

export function requestView(row: Row, withProcessing: boolean): RequestView {
  const plain = Object.fromEntries(Object.keys(PLAIN).map((field) => [field, row[field] ?? null]));
  const dates = Object.fromEntries(Object.keys(DATES).map((field) => [field, toIsoDate(row[field])]));
  const applicant = person(row, 'applicant');
  const view = {
    ...plain, ...dates,
    rights: decodeRights(row.rights as string),
    applicant,
    subject: row['subject$last_name'] == null ? applicant : person(row, 'subject'),
    schoolUais: codes(row.schoolUais),
    communeInseeCodes: codes(row.communeInseeCodes),
    answeredLate: row.answeredLate == null ? null : toBool(row.answeredLate),
    anonymisedAt: toInstant(row.anonymisedAt),
    createdAt: toInstant(row.createdAt)!,
    updatedAt: toInstant(row.updatedAt)!,
  } as RequestView;
  if (withProcessing) view.processing = view.processingId === null ? null : processingView(row, PROCESSING_PREFIX);
  return view;
}
