import type {
  AnswerOutcome,
  ApplicantRelationship,
  DataSubjectRequestStatus,
  DataSubjectRight,
  IdentityCheckStatus,
  RefusalGround,
  RequestChannel,
  RightApplicability,
} from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

/** In the convention's order (Article 8), then the GDPR's other rights. */
export const RIGHTS = everyValueOf<DataSubjectRight>()([
  'INFORMATION',
  'ACCESS',
  'RECTIFICATION',
  'OBJECTION',
  'RESTRICTION',
  'POST_MORTEM_DIRECTIVES',
  'ERASURE',
  'PORTABILITY',
]);
export const REQUEST_STATUSES = everyValueOf<DataSubjectRequestStatus>()(['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED']);
export const CHANNELS = everyValueOf<RequestChannel>()(['EMAIL', 'LETTER', 'WEB_FORM', 'IN_PERSON']);
export const RELATIONSHIPS = everyValueOf<ApplicantRelationship>()(['SELF', 'PARENT', 'LEGAL_REPRESENTATIVE', 'HEIR', 'OTHER']);
export const OUTCOMES = everyValueOf<AnswerOutcome>()(['GRANTED', 'PARTLY_GRANTED', 'REFUSED']);
export const REFUSAL_GROUNDS = everyValueOf<RefusalGround>()(['EXCEPTION', 'MANIFESTLY_UNFOUNDED_OR_EXCESSIVE', 'IDENTITY_NOT_ESTABLISHED']);
export const IDENTITY_STATUSES = everyValueOf<IdentityCheckStatus>()(['NOT_NEEDED', 'REQUESTED', 'RECEIVED', 'VERIFIED', 'FAILED']);
export const APPLICABILITIES = everyValueOf<RightApplicability>()(['APPLIES', 'LIMITED', 'NOT_APPLICABLE']);

/** Select choices whose labels are i18n keys (`resources.dataSubjectRequests.rights.ACCESS`…). */
const choicesOf = (values: readonly string[], group: string) =>
  values.map((value) => ({ id: value, name: `resources.dataSubjectRequests.${group}.${value}` }));

export const rightChoices = choicesOf(RIGHTS, 'rights');
export const requestStatusChoices = choicesOf(REQUEST_STATUSES, 'statuses');
export const channelChoices = choicesOf(CHANNELS, 'channels');
export const relationshipChoices = choicesOf(RELATIONSHIPS, 'relationships');
export const outcomeChoices = choicesOf(OUTCOMES, 'outcomes');
export const refusalGroundChoices = choicesOf(REFUSAL_GROUNDS, 'refusalGrounds');
export const identityStatusChoices = choicesOf(IDENTITY_STATUSES, 'identityStatuses');
