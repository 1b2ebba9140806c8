/**
 * The life of a data-subject request: its reference, its steps, its extension and its answer. Pure
 * functions; the deadlines themselves are in deadline.rules.ts.
 */
import type { InputProblem } from '../errors.js';
import { canExtend } from './deadline.rules.js';
import { AnswerOutcome, ApplicantRelationship, DataSubjectRequestStatus as Status, DaysLeftBucket, DataSubjectRight, IdentityCheckStatus as Identity, RefusalGround } from './data-request.enums.js';

/** `DPO-2024-0001`: the register's year and its number in that year. */
export function formatReference(year: number, number: number): string {
  return `DPO-${year}-${String(number).padStart(4, '0')}`;
}

/**
 * Rights are stored in one column as `,ACCESS,ERASURE,` so that a filter on one right is a `like` on the
 * listed table (no join, a join-free count). Enum values hold no `%`; their `_` matches one character, and
 * no two values differ by a single character, so the pattern matches exactly one right.
 */
export function encodeRights(rights: readonly DataSubjectRight[]): string {
  const order = Object.values(DataSubjectRight);
  return `,${[...new Set(rights)].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(',')},`;
}

export function decodeRights(stored: string): DataSubjectRight[] {
  return stored.split(',').filter(Boolean) as DataSubjectRight[];
}

export function rightPattern(right: DataSubjectRight): string {
  return `%,${right},%`;
}

/** Still to be answered: the deadline runs. */
export const OPEN_STATUSES: readonly Status[] = [Status.RECEIVED, Status.IN_PROGRESS];

/** The steps a request may take; reopening (on a complaint to the CNIL) goes back to IN_PROGRESS. */
const NEXT: Record<Status, readonly Status[]> = {
  [Status.RECEIVED]: [Status.IN_PROGRESS, Status.ANSWERED],
  [Status.IN_PROGRESS]: [Status.ANSWERED],
  [Status.ANSWERED]: [Status.CLOSED, Status.IN_PROGRESS],
  [Status.CLOSED]: [Status.IN_PROGRESS],
};

export function canMove(from: Status, to: Status): boolean {
  return NEXT[from].includes(to);
}

const IDENTITY_NEXT: Record<Identity, readonly Identity[]> = {
  [Identity.NOT_NEEDED]: [Identity.REQUESTED],
  // The person may never send anything: identity is then not established.
  [Identity.REQUESTED]: [Identity.RECEIVED, Identity.FAILED, Identity.NOT_NEEDED],
  [Identity.RECEIVED]: [Identity.VERIFIED, Identity.FAILED],
  [Identity.VERIFIED]: [],
  [Identity.FAILED]: [],
};

export function canMoveIdentity(from: Identity, to: Identity): boolean {
  return IDENTITY_NEXT[from].includes(to);
}

/**
 * Applicant and data subject: without a subject the applicant asks for themself (SELF); with one, the
 * link between them must be stated (a parent, a legal representative, an heir…).
 */
export function relationshipProblem(hasSubject: boolean, relationship: ApplicantRelationship | null): InputProblem | null {
  if (hasSubject && (relationship === null || relationship === ApplicantRelationship.SELF)) {
    return { field: 'relationship', message: 'Précisez le lien du demandeur avec la personne concernée.' };
  }
  if (!hasSubject && relationship !== null && relationship !== ApplicantRelationship.SELF) {
    return { field: 'subject', message: 'Indiquez la personne concernée par la demande.' };
  }
  return null;
}

/**
 * Whether an extension may be recorded (Art. 12(3)): with reasons, told to the person within the first
 * month, that is on or before the initial due date as rolled forward, and not before the request arrived.
 */
export function extensionProblem(receivedOn: string, notifiedOn: string, reason: string): InputProblem | null {
  if (!reason.trim()) return { field: 'reason', message: 'La prolongation doit être motivée (complexité ou nombre des demandes).' };
  if (notifiedOn < receivedOn) return { field: 'notifiedOn', message: `La personne ne peut pas avoir été informée avant la réception de sa demande (${receivedOn}).` };
  if (!canExtend(receivedOn, notifiedOn)) {
    return { field: 'notifiedOn', message: 'La personne doit être informée de la prolongation dans le premier mois : il est trop tard pour prolonger.' };
  }
  return null;
}

export interface AnswerFacts {
  receivedOn: string;
  answeredOn: string;
  outcome: AnswerOutcome;
  refusalGround: RefusalGround | null;
  refusalDetail: string | null;
}

/** A refusal, even partial, states its legal ground (Art. 12(4)); an exception names its article. */
export function answerProblem(answer: AnswerFacts): InputProblem | null {
  if (answer.answeredOn < answer.receivedOn) return { field: 'answeredOn', message: 'La réponse ne peut pas précéder la réception de la demande.' };
  if (answer.outcome === AnswerOutcome.GRANTED) {
    return answer.refusalGround ? { field: 'refusalGround', message: 'Une demande satisfaite n’a pas de motif de refus.' } : null;
  }
  if (!answer.refusalGround) return { field: 'refusalGround', message: 'Un refus, même partiel, doit indiquer son motif juridique.' };
  if (answer.refusalGround === RefusalGround.EXCEPTION && !answer.refusalDetail?.trim()) {
    return { field: 'refusalDetail', message: 'Précisez l’exception invoquée (article du RGPD ou de la loi).' };
  }
  return null;
}

/** Late when answered after the due date then in force (the period ends at the end of that day). */
export function isLate(answeredOn: string, dueOn: string): boolean {
  return answeredOn > dueOn;
}

/** The DPO home groups open requests by days left: overdue, this week, this month, later. */
export function daysLeftBucket(daysLeft: number): DaysLeftBucket {
  if (daysLeft < 0) return DaysLeftBucket.OVERDUE;
  if (daysLeft <= 7) return DaysLeftBucket.WITHIN_7_DAYS;
  if (daysLeft <= 30) return DaysLeftBucket.WITHIN_30_DAYS;
  return DaysLeftBucket.LATER;
}

/** Reminders to the DPO: a week before the due date and two days before (0 = due today). */
export function reminderDue(daysLeft: number): 'due-in-7' | 'due-in-2' | null {
  if (daysLeft >= 0 && daysLeft <= 2) return 'due-in-2';
  if (daysLeft > 2 && daysLeft <= 7) return 'due-in-7';
  return null;
}
