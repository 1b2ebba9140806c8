import { describe, expect, test } from 'vitest';
import { describeDaysLeft } from './daysLeft';

describe('days left to answer', () => {
  test.each([
    [45, ['resources.dataSubjectRequests.daysLeft.left', { smart_count: 45 }], 'later'],
    [8, ['resources.dataSubjectRequests.daysLeft.left', { smart_count: 8 }], 'later'],
    [7, ['resources.dataSubjectRequests.daysLeft.left', { smart_count: 7 }], 'soon'],
    [1, ['resources.dataSubjectRequests.daysLeft.left', { smart_count: 1 }], 'soon'],
    [0, ['resources.dataSubjectRequests.daysLeft.today'], 'soon'],
    [-1, ['resources.dataSubjectRequests.daysLeft.overdue', { smart_count: 1 }], 'overdue'],
    [-12, ['resources.dataSubjectRequests.daysLeft.overdue', { smart_count: 12 }], 'overdue'],
  ])('%i day(s) left reads as %j (%s)', (daysLeft, message, urgency) => {
    expect(describeDaysLeft(daysLeft)).toEqual({ message, urgency });
  });

  test('an answered request has no deadline running', () => {
    expect(describeDaysLeft(null)).toEqual({ message: ['resources.dataSubjectRequests.daysLeft.answered'], urgency: 'none' });
  });
});
