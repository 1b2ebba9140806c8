import { describe, expect, it } from 'vitest';
import { AnswerOutcome, ApplicantRelationship as Rel, DataSubjectRequestStatus as S, DataSubjectRight as R, DaysLeftBucket, IdentityCheckStatus as I, RefusalGround } from './data-request.enums.js';
import {
  answerProblem, canMove, relationshipProblem, canMoveIdentity, daysLeftBucket, decodeRights, encodeRights, extensionProblem, formatReference, isLate, reminderDue, rightPattern,
} from './request.rules.js';

describe('reference', () => {
  it('numbers requests per year on four digits, and beyond', () => {
    expect(formatReference(2024, 1)).toBe('DPO-2024-0001');
    expect(formatReference(2024, 12345)).toBe('DPO-2024-12345');
  });
});

describe('rights column', () => {
  it('stores each right once, in a fixed order, between commas', () => {
    expect(encodeRights([R.PORTABILITY, R.ACCESS, R.ACCESS])).toBe(',ACCESS,PORTABILITY,');
    expect(decodeRights(',ACCESS,PORTABILITY,')).toEqual([R.ACCESS, R.PORTABILITY]);
    expect(rightPattern(R.POST_MORTEM_DIRECTIVES)).toBe('%,POST_MORTEM_DIRECTIVES,%');
  });
});

describe('workflow', () => {
  it('goes RECEIVED → IN_PROGRESS → ANSWERED → CLOSED, and reopens on a complaint', () => {
    expect(canMove(S.RECEIVED, S.IN_PROGRESS)).toBe(true);
    expect(canMove(S.RECEIVED, S.ANSWERED)).toBe(true);
    expect(canMove(S.IN_PROGRESS, S.ANSWERED)).toBe(true);
    expect(canMove(S.ANSWERED, S.CLOSED)).toBe(true);
    expect(canMove(S.CLOSED, S.IN_PROGRESS)).toBe(true);
    expect(canMove(S.RECEIVED, S.CLOSED)).toBe(false);
    expect(canMove(S.CLOSED, S.ANSWERED)).toBe(false);
  });

  it('checks identity in order, and a decision is final', () => {
    expect(canMoveIdentity(I.NOT_NEEDED, I.REQUESTED)).toBe(true);
    expect(canMoveIdentity(I.REQUESTED, I.RECEIVED)).toBe(true);
    expect(canMoveIdentity(I.REQUESTED, I.FAILED)).toBe(true);
    expect(canMoveIdentity(I.RECEIVED, I.VERIFIED)).toBe(true);
    expect(canMoveIdentity(I.NOT_NEEDED, I.VERIFIED)).toBe(false);
    expect(canMoveIdentity(I.VERIFIED, I.FAILED)).toBe(false);
  });
});

describe('applicant and data subject', () => {
  it('is SELF without a subject, and states the link with one', () => {
    expect(relationshipProblem(false, null)).toBeNull();
    expect(relationshipProblem(false, Rel.SELF)).toBeNull();
    expect(relationshipProblem(true, Rel.PARENT)).toBeNull();
    expect(relationshipProblem(true, null)).toMatchObject({ field: 'relationship' });
    expect(relationshipProblem(true, Rel.SELF)).toMatchObject({ field: 'relationship' });
    expect(relationshipProblem(false, Rel.HEIR)).toMatchObject({ field: 'subject' });
  });
});

describe('extension', () => {
  it('needs reasons', () => {
    expect(extensionProblem('2024-01-31', '2024-02-10', '  ')).toMatchObject({ field: 'reason' });
  });

  it('is accepted up to the initial due date as rolled forward, refused the day after', () => {
    expect(extensionProblem('2023-03-31', '2023-05-02', 'Demandes nombreuses')).toBeNull();
    expect(extensionProblem('2023-03-31', '2023-05-03', 'Demandes nombreuses')).toMatchObject({ field: 'notifiedOn' });
    expect(extensionProblem('2024-01-31', '2024-02-29', 'Complexité')).toBeNull();
    expect(extensionProblem('2024-01-31', '2024-03-01', 'Complexité')).toMatchObject({ field: 'notifiedOn' });
  });

  it('refuses a notice before receipt on notifiedOn', () => {
    expect(extensionProblem('2024-01-31', '2024-01-30', 'Complexité')).toMatchObject({ field: 'notifiedOn' });
  });
});

describe('answer', () => {
  const base = { receivedOn: '2024-01-31', answeredOn: '2024-02-20', refusalDetail: null };

  it('gives a refusal, even partial, its legal ground', () => {
    expect(answerProblem({ ...base, outcome: AnswerOutcome.GRANTED, refusalGround: null })).toBeNull();
    expect(answerProblem({ ...base, outcome: AnswerOutcome.GRANTED, refusalGround: RefusalGround.EXCEPTION })).toMatchObject({ field: 'refusalGround' });
    expect(answerProblem({ ...base, outcome: AnswerOutcome.PARTLY_GRANTED, refusalGround: null })).toMatchObject({ field: 'refusalGround' });
    expect(answerProblem({ ...base, outcome: AnswerOutcome.REFUSED, refusalGround: RefusalGround.IDENTITY_NOT_ESTABLISHED })).toBeNull();
  });

  it('names the article of an exception', () => {
    expect(answerProblem({ ...base, outcome: AnswerOutcome.REFUSED, refusalGround: RefusalGround.EXCEPTION })).toMatchObject({ field: 'refusalDetail' });
    expect(answerProblem({ ...base, outcome: AnswerOutcome.REFUSED, refusalGround: RefusalGround.EXCEPTION, refusalDetail: 'Art. 20, §3' })).toBeNull();
  });

  it('cannot precede receipt', () => {
    expect(answerProblem({ ...base, answeredOn: '2024-01-30', outcome: AnswerOutcome.GRANTED, refusalGround: null })).toMatchObject({ field: 'answeredOn' });
  });

  it('is late the day after the due date, not on it', () => {
    expect(isLate('2024-02-29', '2024-02-29')).toBe(false);
    expect(isLate('2024-03-01', '2024-02-29')).toBe(true);
  });
});

describe('days left', () => {
  it('groups open requests for the DPO home', () => {
    expect(daysLeftBucket(-1)).toBe(DaysLeftBucket.OVERDUE);
    expect(daysLeftBucket(0)).toBe(DaysLeftBucket.WITHIN_7_DAYS);
    expect(daysLeftBucket(7)).toBe(DaysLeftBucket.WITHIN_7_DAYS);
    expect(daysLeftBucket(8)).toBe(DaysLeftBucket.WITHIN_30_DAYS);
    expect(daysLeftBucket(31)).toBe(DaysLeftBucket.LATER);
  });

  it('reminds a week before and two days before, never once overdue', () => {
    expect([8, 7, 3, 2, 0, -1].map(reminderDue)).toEqual([null, 'due-in-7', 'due-in-7', 'due-in-2', 'due-in-2', null]);
  });
});
