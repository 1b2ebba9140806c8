import { describe, expect, it } from 'vitest';
import { overdueRound, reminderRound } from './reminder.rules.js';

describe('reminder rounds', () => {
  it('reminds an unsigned convention 30 days after sending, then every 30 days', () => {
    expect(reminderRound('2023-09-01', '2023-09-30', 30)).toBeNull();
    expect(reminderRound('2023-09-01', '2023-10-01', 30)).toBe(1);
    expect(reminderRound('2023-09-01', '2023-10-30', 30)).toBe(1);
    expect(reminderRound('2023-09-01', '2023-10-31', 30)).toBe(2);
  });

  it('reminds an unpaid revenue order from the day after its due date, then every 30 days', () => {
    expect(overdueRound('2022-12-02', '2022-12-02', 30)).toBeNull();
    expect(overdueRound('2022-12-02', '2022-12-03', 30)).toBe(1);
    expect(overdueRound('2022-12-02', '2023-01-01', 30)).toBe(1);
    expect(overdueRound('2022-12-02', '2023-01-02', 30)).toBe(2);
  });
});
