import { addDays, daysBetween, frenchDate, isIsoDate } from '../common/dates.js';

/**
 * Checks the figures of a council deliberation (délibération du conseil municipal) against the CGCT:
 * L2121-17 (quorum, second convocation) and L2121-20 (one proxy per member, absolute majority of the
 * votes cast, the president's casting vote except in a secret ballot). It reports every violation at once,
 * each on the input field a form would show it next to, so that a person fixes a register extract in
 * one pass. The temporary Covid rules (quorum of a third, two proxies per member) ended in July 2022,
 * before the meetings this back office records, and are deliberately not modelled.
 */

export type PresidentVote = 'FOR' | 'AGAINST' | 'ABSTAIN';

export interface DeliberationInput {
  /** `YYYY-MM-DD`. */
  meetingDate: string;
  membersInOffice: number;
  present: number;
  /** Absent with a proxy given to a present member. */
  represented: number;
  /** Absent without a proxy. */
  absent: number;
  /** Present or represented members who took part in the vote. */
  voters: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  /** Blank or spoilt ballots: a secret ballot only; voters, but not votes cast. */
  blankOrSpoilt?: number | null;
  secretBallot: boolean;
  /** The meeting follows a first one without quorum (L2121-17, 2nd paragraph): no quorum needed. */
  secondConvocation: boolean;
  /** `YYYY-MM-DD` of the meeting without quorum; required with `secondConvocation`. */
  firstMeetingDate?: string | null;
  /** How the president voted; required to settle a tie in an open vote. */
  presidentVote?: PresidentVote | null;
}

export const PRESIDENT_VOTE_LABELS: Readonly<Record<PresidentVote, string>> = Object.freeze({
  FOR: 'pour',
  AGAINST: 'contre',
  ABSTAIN: 'abstention',
});

export type DeliberationField = keyof DeliberationInput;
export type Violation = { field: DeliberationField; message: string };
type AddViolation = (field: DeliberationField, message: string) => void;

export interface DeliberationCheck {
  violations: Violation[];
  /** The outcome, or null while the record has violations: an inconsistent record decides nothing. */
  adopted: boolean | null;
  /** Strictly more than half of the members in office are present (proxies do not count). */
  quorumReached: boolean;
}

/**
 * L2121-17: without quorum the council "est à nouveau convoqué à trois jours au moins d'intervalle". We
 * check the product's contract (issue #6): the first meeting at least three days before the second
 * (Monday → Thursday). Case law reads "jours francs" (CE, 16 June 1997, Pfister, n° 142691), which would
 * require four; the stricter reading is left to the prefecture's legality control, not to data entry
 * (docs/decisions/0005-convention-rules.md).
 */
export const SECOND_CONVOCATION_MIN_DAYS = 3;

const COUNTS = ['membersInOffice', 'present', 'represented', 'absent', 'voters', 'votesFor', 'votesAgainst', 'abstentions'] as const;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The smallest number of present members that is strictly more than half of those in office. */
export function quorumOf(membersInOffice: number): number {
  return Math.floor(membersInOffice / 2) + 1;
}

export function checkDeliberation(input: DeliberationInput): DeliberationCheck {
  const violations: Violation[] = [];
  const add: AddViolation = (field, message) => violations.push({ field, message });

  for (const field of COUNTS) {
    if (!isCount(input[field])) add(field, 'Doit être un nombre entier positif ou nul.');
  }
  const blankOrSpoilt = input.blankOrSpoilt ?? 0;
  if (!isCount(blankOrSpoilt)) add('blankOrSpoilt', 'Doit être un nombre entier positif ou nul.');
  if (isCount(input.membersInOffice) && input.membersInOffice === 0) add('membersInOffice', 'Le conseil doit compter au moins un membre en exercice.');
  const countsValid = violations.length === 0;

  checkDates(input, add);

  let quorumReached = false;
  let outcome: boolean | null = null;
  if (countsValid) {
    quorumReached = checkAttendance(input, add);
    checkVotes(input, blankOrSpoilt, add);
    outcome = decide(input, add);
  }
  return { violations, adopted: violations.length === 0 ? outcome : null, quorumReached };
}

function checkDates(input: DeliberationInput, add: AddViolation): void {
  const meetingValid = isIsoDate(input.meetingDate);
  if (!meetingValid) add('meetingDate', `Date de séance invalide (AAAA-MM-JJ attendu, reçu « ${input.meetingDate} »).`);
  const first = input.firstMeetingDate ?? null;
  if (!input.secondConvocation) {
    if (first !== null) add('firstMeetingDate', 'La date d’une première réunion ne se renseigne que pour une seconde convocation.');
    return;
  }
  if (first === null || first === '') {
    add('firstMeetingDate', 'Seconde convocation : indiquez la date de la première réunion, où le quorum n’était pas atteint.');
  } else if (!isIsoDate(first)) {
    add('firstMeetingDate', `Date de première réunion invalide (AAAA-MM-JJ attendu, reçu « ${first} »).`);
  } else if (meetingValid && daysBetween(first, input.meetingDate) < SECOND_CONVOCATION_MIN_DAYS) {
    add(
      'firstMeetingDate',
      `La seconde réunion doit se tenir au moins trois jours après la première (art. L2121-17 du CGCT) : ` +
        `après une première réunion le ${frenchDate(first)}, elle ne peut se tenir avant le ` +
        `${frenchDate(addDays(first, SECOND_CONVOCATION_MIN_DAYS))} (séance du ${frenchDate(input.meetingDate)}).`,
    );
  }
}

/** Returns whether the quorum is reached; adds the attendance violations. */
function checkAttendance(input: DeliberationInput, add: AddViolation): boolean {
  const { membersInOffice, present, represented, absent } = input;
  if (present + represented + absent !== membersInOffice) {
    add(
      'membersInOffice',
      `Présents (${present}) + représentés (${represented}) + absents (${absent}) = ${present + represented + absent}, ` +
        `au lieu des ${membersInOffice} membres en exercice.`,
    );
  }
  if (represented > present) {
    add('represented', `${represented} pouvoirs pour ${present} présents : un même conseiller ne peut porter qu’un seul pouvoir (art. L2121-20 du CGCT).`);
  }
  const quorum = quorumOf(membersInOffice);
  const quorumReached = present >= quorum;
  if (!quorumReached && !input.secondConvocation) {
    add(
      'present',
      `Quorum non atteint : ${present} présents pour ${membersInOffice} membres en exercice, il en faut au moins ${quorum} ` +
        `(plus de la moitié, les pouvoirs ne comptent pas ; art. L2121-17 du CGCT). Sans quorum, le conseil doit être convoqué à nouveau.`,
    );
  }
  return quorumReached;
}

function checkVotes(input: DeliberationInput, blankOrSpoilt: number, add: AddViolation): void {
  const { present, represented, voters, votesFor, votesAgainst, abstentions } = input;
  if (voters > present + represented) {
    add('voters', `${voters} votants pour ${present} présents et ${represented} représentés : il ne peut y en avoir plus de ${present + represented}.`);
  }
  if (blankOrSpoilt > 0 && !input.secretBallot) {
    add('blankOrSpoilt', 'Les bulletins blancs ou nuls n’existent qu’au scrutin secret.');
  }
  const total = votesFor + votesAgainst + abstentions + blankOrSpoilt;
  if (total !== voters) {
    const parts = `pour (${votesFor}) + contre (${votesAgainst}) + abstentions (${abstentions})` + (blankOrSpoilt > 0 ? ` + blancs ou nuls (${blankOrSpoilt})` : '');
    add('votesFor', `${parts} = ${total}, au lieu des ${voters} votants.`);
  }
}

/**
 * Absolute majority of the votes cast (L2121-20): adopted when for > against; abstentions, blank and
 * spoilt ballots are not cast. On a tie in an open vote the president's vote is "prépondérante": the side
 * the president voted for wins. A president who abstained has no casting vote to give, so the tie stands
 * and the proposal, lacking a majority, is rejected. In a secret ballot nobody knows the president's vote:
 * a tie rejects.
 */
function decide(input: DeliberationInput, add: AddViolation): boolean | null {
  const { votesFor, votesAgainst, abstentions, presidentVote, secretBallot } = input;
  if (presidentVote != null) {
    if (secretBallot) {
      add('presidentVote', 'Au scrutin secret, le vote du président n’est pas connu et ne départage pas.');
    } else {
      const counted = { FOR: votesFor, AGAINST: votesAgainst, ABSTAIN: abstentions }[presidentVote];
      if (counted === 0) add('presidentVote', `Le vote du président (${PRESIDENT_VOTE_LABELS[presidentVote]}) n’apparaît pas dans le décompte.`);
    }
  }
  if (votesFor !== votesAgainst) return votesFor > votesAgainst;
  if (secretBallot) return false;
  if (presidentVote == null) {
    add('presidentVote', `Partage égal des voix (${votesFor} pour, ${votesAgainst} contre) : indiquez le vote du président, dont la voix est prépondérante.`);
    return null;
  }
  return presidentVote === 'FOR';
}

export interface LegalityDates {
  meetingDate: string;
  transmittedOn?: string | null;
  receivedOn?: string | null;
  publishedOn?: string | null;
}

export type LegalityViolation = { field: 'transmittedOn' | 'receivedOn' | 'publishedOn'; message: string };

/**
 * The act travels after the meeting: sent to the prefecture (contrôle de légalité) on or after the meeting
 * day, received on or after it was sent, published on or after the meeting. Saint-Mathieu-de-Tréviers: met
 * 20/10/2022, sent and received 02/11/2022, published 21/11/2022.
 */
export function checkLegalityDates(dates: LegalityDates): LegalityViolation[] {
  const violations: LegalityViolation[] = [];
  const { meetingDate, transmittedOn, receivedOn, publishedOn } = dates;
  const meeting = frenchDate(meetingDate);
  if (transmittedOn && transmittedOn < meetingDate) {
    violations.push({ field: 'transmittedOn', message: `La délibération ne peut être transmise en préfecture (${frenchDate(transmittedOn)}) avant la séance du ${meeting}.` });
  }
  const sent = transmittedOn ?? meetingDate;
  if (receivedOn && receivedOn < sent) {
    violations.push({ field: 'receivedOn', message: `La réception en préfecture (${frenchDate(receivedOn)}) ne peut précéder ${transmittedOn ? `la transmission du ${frenchDate(transmittedOn)}` : `la séance du ${meeting}`}.` });
  }
  if (publishedOn && publishedOn < meetingDate) {
    violations.push({ field: 'publishedOn', message: `La publication (${frenchDate(publishedOn)}) ne peut précéder la séance du ${meeting}.` });
  }
  return violations;
}
