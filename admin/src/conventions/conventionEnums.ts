import type { ConventionScanKind, ConventionStatus, PresidentVote } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

/** In the order of the workflow (the funnel's order). */
export const CONVENTION_STATUSES = everyValueOf<ConventionStatus>()(['DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED']);
export const PRESIDENT_VOTES = everyValueOf<PresidentVote>()(['FOR', 'AGAINST', 'ABSTAIN']);
export const SCAN_KINDS = everyValueOf<ConventionScanKind>()(['DELIBERATION', 'SIGNED_CONVENTION']);

/** Select choices whose labels are i18n keys (`resources.conventions.statuses.DRAFT`…). */
const choicesOf = (values: readonly string[], group: string) => values.map((value) => ({ id: value, name: `resources.conventions.${group}.${value}` }));

export const conventionStatusChoices = choicesOf(CONVENTION_STATUSES, 'statuses');
export const presidentVoteChoices = choicesOf(PRESIDENT_VOTES, 'presidentVotes');
export const scanKindChoices = choicesOf(SCAN_KINDS, 'scanKinds');
