import { toBool, toInstant, toIsoDate } from '../common/sql.js';
import { communeColumns, communeView, type CommuneView } from '../territory/territory.views.js';
import type { ConventionStatus, PresidentVote } from './convention.enums.js';
import type { DeliberationInput } from './deliberation.rules.js';

type Row = Record<string, unknown>;

/** Read model of a convention, with its commune and latest deliberation when the query joined them. */
export interface ConventionView {
  id: number;
  schoolYear: string;
  communeInseeCode: string;
  departmentCode: string;
  status: ConventionStatus;
  unitPriceCents: number;
  amountCents: number;
  endsOn: string;
  sentOn: string | null;
  communeSignedOn: string | null;
  academySignedOn: string | null;
  cancelledOn: string | null;
  cancellationReason: string | null;
  signedScanFileId: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  commune?: CommuneView;
  deliberation?: DeliberationView | null;
}

/** A stored deliberation: the figures the rules check (deliberation.rules.ts), and what the register adds. */
export interface DeliberationView extends Required<DeliberationInput> {
  id: number;
  conventionId: number;
  number: string;
  secretary: string | null;
  adopted: boolean;
  quorumReached: boolean;
  actesId: string | null;
  transmittedOn: string | null;
  receivedOn: string | null;
  publishedOn: string | null;
  scanFileId: number | null;
  createdAt: Date;
  updatedAt: Date;
}

const num = (value: unknown): number => Number(value);
const text = (value: unknown): string | null => (value as string | null) ?? null;
const id = (value: unknown): number | null => (value == null ? null : Number(value));

export const conventionColumns = (c: string) => [
  `${c}.id as id`, `${c}.school_year as schoolYear`, `${c}.commune_insee_code as communeInseeCode`, `${c}.department_code as departmentCode`,
  `${c}.status as status`, `${c}.unit_price_cents as unitPriceCents`, `${c}.amount_cents as amountCents`, `${c}.ends_on as endsOn`,
  `${c}.sent_on as sentOn`, `${c}.commune_signed_on as communeSignedOn`, `${c}.academy_signed_on as academySignedOn`,
  `${c}.cancelled_on as cancelledOn`, `${c}.cancellation_reason as cancellationReason`, `${c}.signed_scan_file_id as signedScanFileId`,
  `${c}.version as version`, `${c}.created_at as createdAt`, `${c}.updated_at as updatedAt`,
];

const DELIBERATION_FIELDS: Array<[string, string]> = [
  ['id', 'id'], ['convention_id', 'conventionId'], ['meeting_date', 'meetingDate'], ['number', 'number'], ['members_in_office', 'membersInOffice'],
  ['present', 'present'], ['represented', 'represented'], ['absent', 'absent'], ['voters', 'voters'], ['votes_for', 'votesFor'],
  ['votes_against', 'votesAgainst'], ['abstentions', 'abstentions'], ['blank_or_spoilt', 'blankOrSpoilt'], ['secret_ballot', 'secretBallot'],
  ['second_convocation', 'secondConvocation'], ['first_meeting_date', 'firstMeetingDate'], ['president_vote', 'presidentVote'],
  ['secretary', 'secretary'], ['adopted', 'adopted'], ['quorum_reached', 'quorumReached'], ['actes_id', 'actesId'],
  ['transmitted_on', 'transmittedOn'], ['received_on', 'receivedOn'], ['published_on', 'publishedOn'], ['scan_file_id', 'scanFileId'],
  ['created_at', 'createdAt'], ['updated_at', 'updatedAt'],
];

export const deliberationColumns = (d: string, prefix = '') => DELIBERATION_FIELDS.map(([column, name]) => `${d}.${column} as ${prefix}${name}`);

export function deliberationView(row: Row, prefix = ''): DeliberationView {
  const v = (name: string) => row[`${prefix}${name}`];
  return {
    id: num(v('id')), conventionId: num(v('conventionId')), meetingDate: toIsoDate(v('meetingDate'))!, number: v('number') as string,
    membersInOffice: num(v('membersInOffice')), present: num(v('present')), represented: num(v('represented')), absent: num(v('absent')),
    voters: num(v('voters')), votesFor: num(v('votesFor')), votesAgainst: num(v('votesAgainst')), abstentions: num(v('abstentions')),
    blankOrSpoilt: id(v('blankOrSpoilt')), secretBallot: toBool(v('secretBallot')), secondConvocation: toBool(v('secondConvocation')),
    firstMeetingDate: toIsoDate(v('firstMeetingDate')), presidentVote: (v('presidentVote') as PresidentVote | null) ?? null,
    secretary: text(v('secretary')), adopted: toBool(v('adopted')), quorumReached: toBool(v('quorumReached')), actesId: text(v('actesId')),
    transmittedOn: toIsoDate(v('transmittedOn')), receivedOn: toIsoDate(v('receivedOn')), publishedOn: toIsoDate(v('publishedOn')),
    scanFileId: id(v('scanFileId')), createdAt: toInstant(v('createdAt'))!, updatedAt: toInstant(v('updatedAt'))!,
  };
}

/** Which relations the statement joins: the commune and the latest deliberation are to-one. */
export interface ConventionJoins {
  commune: boolean;
  deliberation: boolean;
}

export const COMMUNE_PREFIX = 'commune$';
export const DELIBERATION_PREFIX = 'deliberation$';

export const conventionRelationColumns = (joins: ConventionJoins) => [
  ...(joins.commune ? communeColumns('cm', COMMUNE_PREFIX) : []),
  ...(joins.deliberation ? deliberationColumns('d', DELIBERATION_PREFIX) : []),
];

export function conventionView(row: Row, joins: ConventionJoins): ConventionView {
  const view: ConventionView = {
    id: num(row.id), schoolYear: row.schoolYear as string, communeInseeCode: row.communeInseeCode as string, departmentCode: row.departmentCode as string,
    status: row.status as ConventionStatus, unitPriceCents: num(row.unitPriceCents), amountCents: num(row.amountCents), endsOn: toIsoDate(row.endsOn)!,
    sentOn: toIsoDate(row.sentOn), communeSignedOn: toIsoDate(row.communeSignedOn), academySignedOn: toIsoDate(row.academySignedOn),
    cancelledOn: toIsoDate(row.cancelledOn), cancellationReason: text(row.cancellationReason), signedScanFileId: id(row.signedScanFileId),
    version: num(row.version), createdAt: toInstant(row.createdAt)!, updatedAt: toInstant(row.updatedAt)!,
  };
  if (joins.commune) view.commune = communeView(row, COMMUNE_PREFIX);
  if (joins.deliberation) view.deliberation = row[`${DELIBERATION_PREFIX}id`] == null ? null : deliberationView(row, DELIBERATION_PREFIX);
  return view;
}
