import type { DeliberationInput } from '../graphql/generated/graphql';
import { flag, integer, oneOf, required, text, type Values } from '../dataProvider/values';
import { PRESIDENT_VOTES } from './conventionEnums';

/** The counts of the register extract, each required (the server checks how they add up). */
const COUNTS = ['membersInOffice', 'present', 'represented', 'absent', 'voters', 'votesFor', 'votesAgainst', 'abstentions'] as const;

/**
 * Every input of the deliberation form, empty: the form starts from it, so that each field is a value of
 * the form and a server error naming any of them lands under its input.
 */
export const EMPTY_DELIBERATION: Readonly<Record<keyof DeliberationInput, null | boolean>> = {
  meetingDate: null,
  number: null,
  membersInOffice: null,
  present: null,
  represented: null,
  absent: null,
  voters: null,
  votesFor: null,
  votesAgainst: null,
  abstentions: null,
  blankOrSpoilt: null,
  secretBallot: false,
  secondConvocation: false,
  firstMeetingDate: null,
  presidentVote: null,
  secretary: null,
  actesId: null,
  transmittedOn: null,
  receivedOn: null,
  publishedOn: null,
};

/**
 * The deliberation form's values as the API's DeliberationInput. Inputs the form hides are not sent:
 * blank or spoilt ballots exist only in a secret ballot, the first meeting's date only for a second
 * convocation (the server would refuse either, with a message about a field the user cannot see).
 */
export function toDeliberationInput(values: Values): DeliberationInput {
  const counts = Object.fromEntries(COUNTS.map((field) => [field, required(integer(values[field]), field)])) as Record<(typeof COUNTS)[number], number>;
  const secretBallot = flag(values.secretBallot) ?? false;
  const secondConvocation = flag(values.secondConvocation) ?? false;
  return {
    meetingDate: required(text(values.meetingDate), 'meetingDate'),
    number: required(text(values.number), 'number'),
    ...counts,
    secretBallot,
    blankOrSpoilt: secretBallot ? (integer(values.blankOrSpoilt) ?? null) : null,
    secondConvocation,
    firstMeetingDate: secondConvocation ? (text(values.firstMeetingDate) ?? null) : null,
    presidentVote: oneOf(PRESIDENT_VOTES, values.presidentVote) ?? null,
    secretary: text(values.secretary) ?? null,
    actesId: text(values.actesId) ?? null,
    transmittedOn: text(values.transmittedOn) ?? null,
    receivedOn: text(values.receivedOn) ?? null,
    publishedOn: text(values.publishedOn) ?? null,
  };
}
