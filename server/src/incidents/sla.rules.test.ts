import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY, addBusinessMinutes, businessMinutesBetween, checkSlaPolicy, slaDueAt } from './sla.rules.js';

// Instants are written in UTC; the comments give Paris time (CET = UTC+1 in winter, CEST = UTC+2 in summer).
const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('adding business minutes', () => {
  it('stays within the day when there is time left', () => {
    expect(iso(addBusinessMinutes(at('2024-06-10T07:00:00Z'), 75))).toBe('2024-06-10T08:15:00.000Z'); // Mon 09:00 → 10:15
  });

  it('ends at closing time rather than at the next opening', () => {
    expect(iso(addBusinessMinutes(at('2024-06-07T15:00:00Z'), 60))).toBe('2024-06-07T16:00:00.000Z'); // Fri 17:00 → 18:00
  });

  it('crosses a weekend: Friday 17:00 + 2 h → Monday 09:00', () => {
    expect(iso(addBusinessMinutes(at('2024-06-07T15:00:00Z'), 120))).toBe('2024-06-10T07:00:00.000Z');
  });

  it('skips 14 July 2023: Thursday 13 July 17:30 + 1 h → Monday 17 July 08:30', () => {
    expect(iso(addBusinessMinutes(at('2023-07-13T15:30:00Z'), 60))).toBe('2023-07-17T06:30:00.000Z');
  });

  it('skips Easter Monday 2024, and Good Friday too in Moselle', () => {
    // Friday 29 March 16:00 CET + 3 h: 2 h on Friday, then Tuesday 2 April from 08:00 CEST.
    expect(iso(addBusinessMinutes(at('2024-03-29T15:00:00Z'), 180))).toBe('2024-04-02T07:00:00.000Z');
    // In Moselle Good Friday is a holiday: counting starts on Tuesday at 08:00 CEST.
    expect(iso(addBusinessMinutes(at('2024-03-29T15:00:00Z'), 180, '57'))).toBe('2024-04-02T09:00:00.000Z');
  });

  it('uses the holidays of the incident’s department, on Paris business hours', () => {
    // Monday 27 May 2024 is the abolition of slavery day in Guadeloupe only.
    expect(iso(addBusinessMinutes(at('2024-05-24T15:00:00Z'), 120))).toBe('2024-05-27T07:00:00.000Z');
    expect(iso(addBusinessMinutes(at('2024-05-24T15:00:00Z'), 120, '971'))).toBe('2024-05-28T07:00:00.000Z');
  });

  it('starts a report made on Saturday night at Monday’s opening', () => {
    // Saturday 8 June 2024 23:30 CEST + 30 min → Monday 08:30 CEST.
    expect(iso(addBusinessMinutes(at('2024-06-08T21:30:00Z'), 30))).toBe('2024-06-10T06:30:00.000Z');
    expect(iso(addBusinessMinutes(at('2024-06-08T21:30:00Z'), 0))).toBe('2024-06-10T06:00:00.000Z');
    // A report at 07:59 on a weekday waits for 08:00.
    expect(iso(addBusinessMinutes(at('2024-06-11T05:59:00Z'), 10))).toBe('2024-06-11T06:10:00.000Z');
  });

  it('opens at 08:00 Paris time after the daylight-saving weekends', () => {
    // Spring 2024 (31 March): Saturday → Tuesday 2 April (Easter Monday between) 08:00 CEST = 06:00 UTC.
    expect(iso(addBusinessMinutes(at('2024-03-30T12:00:00Z'), 0))).toBe('2024-04-02T06:00:00.000Z');
    // Autumn 2024 (27 October): Friday 17:00 CEST + 2 h → Monday 09:00 CET = 08:00 UTC.
    expect(iso(addBusinessMinutes(at('2024-10-25T15:00:00Z'), 120))).toBe('2024-10-28T08:00:00.000Z');
    // Spring 2023 (26 March): Friday 17:00 CET + 2 h → Monday 09:00 CEST = 07:00 UTC.
    expect(iso(addBusinessMinutes(at('2023-03-24T16:00:00Z'), 120))).toBe('2023-03-27T07:00:00.000Z');
    // Autumn 2023 (29 October): Sunday night → Monday 08:00 CET = 07:00 UTC.
    expect(iso(addBusinessMinutes(at('2023-10-29T22:00:00Z'), 0))).toBe('2023-10-30T07:00:00.000Z');
  });

  it('counts a P5 resolution over two weeks', () => {
    // Monday 4 Nov 2024 08:00 CET + 80 h = 8 business days: Armistice on Monday 11 Nov is skipped.
    expect(iso(addBusinessMinutes(at('2024-11-04T07:00:00Z'), DEFAULT_SLA_POLICY.P5.resolveMinutes))).toBe('2024-11-14T17:00:00.000Z');
  });

  it('refuses negative minutes and invalid instants', () => {
    expect(() => addBusinessMinutes(at('2024-06-10T07:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(at('2024-06-10T07:00:00Z'), Number.NaN)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date('not a date'), 10)).toThrow(RangeError);
    expect(() => addBusinessMinutes(at('2024-06-10T07:00:00Z'), 10, 'Moselle')).toThrow(RangeError);
  });
});

describe('business minutes between two instants', () => {
  it('counts only opening hours of working days', () => {
    expect(businessMinutesBetween(at('2024-06-10T07:00:00Z'), at('2024-06-10T08:15:00Z'))).toBe(75);
    expect(businessMinutesBetween(at('2023-07-13T15:30:00Z'), at('2023-07-17T06:30:00Z'))).toBe(60);
    expect(businessMinutesBetween(at('2024-06-08T21:30:00Z'), at('2024-06-09T21:30:00Z'))).toBe(0); // a weekend
    expect(businessMinutesBetween(at('2024-06-10T07:00:00Z'), at('2024-06-10T07:00:30Z'))).toBe(0.5);
  });

  it('gives a 10-hour day on both sides of a daylight-saving change', () => {
    // Friday 25 Oct 08:00 CEST → Monday 28 Oct 18:00 CET: two full days.
    expect(businessMinutesBetween(at('2024-10-25T06:00:00Z'), at('2024-10-28T17:00:00Z'))).toBe(1200);
    expect(businessMinutesBetween(at('2024-03-29T07:00:00Z'), at('2024-04-02T16:00:00Z'))).toBe(1200);
    expect(businessMinutesBetween(at('2024-03-29T07:00:00Z'), at('2024-04-02T16:00:00Z'), '67')).toBe(600);
  });

  it('is 0 when the end is not after the start', () => {
    expect(businessMinutesBetween(at('2024-06-10T10:00:00Z'), at('2024-06-10T09:00:00Z'))).toBe(0);
    expect(businessMinutesBetween(at('2024-06-10T10:00:00Z'), at('2024-06-10T10:00:00Z'))).toBe(0);
  });

  it('undoes addBusinessMinutes', () => {
    const starts = ['2024-06-07T15:00:00Z', '2023-07-13T15:30:00Z', '2024-03-29T15:00:00Z', '2024-10-25T15:00:00Z'];
    for (const start of starts) {
      for (const minutes of [1, 30, 240, 601, 2400]) {
        expect(businessMinutesBetween(at(start), addBusinessMinutes(at(start), minutes))).toBe(minutes);
      }
    }
  });
});

describe('due instant with PENDING pauses', () => {
  // Monday 10 June 2024 09:00 CEST, P1 resolution: 4 business hours → 13:00 CEST without pauses.
  const reportedAt = at('2024-06-10T07:00:00Z');
  const targetMinutes = DEFAULT_SLA_POLICY.P1.resolveMinutes;

  it('is the plain business-time target without pauses', () => {
    expect(iso(slaDueAt({ reportedAt, targetMinutes }))).toBe('2024-06-10T11:00:00.000Z');
    expect(iso(slaDueAt({ reportedAt, targetMinutes, pauses: [] }))).toBe('2024-06-10T11:00:00.000Z');
  });

  it('moves later by the time spent pending', () => {
    // Pending 10:00–11:30 CEST: due 14:30 CEST.
    const pauses = [{ from: at('2024-06-10T08:00:00Z'), to: at('2024-06-10T09:30:00Z') }];
    expect(iso(slaDueAt({ reportedAt, targetMinutes, pauses }))).toBe('2024-06-10T12:30:00.000Z');
  });

  it('moves later by the business time only of a pause over the night', () => {
    // P2 resolution (8 h) from Monday 09:00; pending Monday 16:00 → Tuesday 10:00 (4 business hours):
    // 7 h consumed on Monday, the last hour on Tuesday 10:00–11:00 CEST.
    const pauses = [{ from: at('2024-06-10T14:00:00Z'), to: at('2024-06-11T08:00:00Z') }];
    const due = slaDueAt({ reportedAt, targetMinutes: DEFAULT_SLA_POLICY.P2.resolveMinutes, pauses });
    expect(iso(due)).toBe('2024-06-11T09:00:00.000Z');
    const paused = businessMinutesBetween(pauses[0]!.from, pauses[0]!.to);
    expect(iso(addBusinessMinutes(reportedAt, DEFAULT_SLA_POLICY.P2.resolveMinutes + paused))).toBe(iso(due));
  });

  it('ignores pause time outside business hours', () => {
    // 12 h from Monday 09:00 CEST: 9 h on Monday, 3 h on Tuesday → 11:00 CEST, with or without the night pause.
    const pauses = [{ from: at('2024-06-10T17:00:00Z'), to: at('2024-06-11T05:00:00Z') }]; // 19:00 → 07:00
    expect(iso(slaDueAt({ reportedAt, targetMinutes: 720, pauses }))).toBe('2024-06-11T09:00:00.000Z');
    expect(iso(slaDueAt({ reportedAt, targetMinutes: 720 }))).toBe('2024-06-11T09:00:00.000Z');
  });

  it('merges overlapping pauses and clips a pause that began before the report', () => {
    const overlapping = [
      { from: at('2024-06-10T08:30:00Z'), to: at('2024-06-10T09:30:00Z') },
      { from: at('2024-06-10T08:00:00Z'), to: at('2024-06-10T09:00:00Z') },
    ];
    expect(iso(slaDueAt({ reportedAt, targetMinutes, pauses: overlapping }))).toBe('2024-06-10T12:30:00.000Z');
    const early = [{ from: at('2024-06-10T05:00:00Z'), to: at('2024-06-10T07:30:00Z') }];
    expect(iso(slaDueAt({ reportedAt, targetMinutes, pauses: early }))).toBe('2024-06-10T11:30:00.000Z');
  });

  it('has no due instant while still pending', () => {
    const pauses = [{ from: at('2024-06-10T08:00:00Z'), to: null }];
    expect(slaDueAt({ reportedAt, targetMinutes, pauses })).toBeNull();
  });

  it('keeps the due instant when the pause began after the budget ran out', () => {
    // Already late at 15:00 CEST: putting the incident on hold does not erase the breach.
    const pauses = [{ from: at('2024-06-10T13:00:00Z'), to: null }];
    expect(iso(slaDueAt({ reportedAt, targetMinutes, pauses }))).toBe('2024-06-10T11:00:00.000Z');
  });

  it('counts pauses with the department’s holidays', () => {
    // Reported Friday 24 May 2024 17:00 CEST in Guadeloupe, P3 own (4 h), pending Friday 17:30 → Tuesday 09:00.
    const pauses = [{ from: at('2024-05-24T15:30:00Z'), to: at('2024-05-28T07:00:00Z') }];
    const input = { reportedAt: at('2024-05-24T15:00:00Z'), targetMinutes: DEFAULT_SLA_POLICY.P3.ownMinutes, pauses };
    // 30 min on Friday, then from Tuesday 09:00 CEST: 3 h 30 → 12:30 CEST.
    expect(iso(slaDueAt({ ...input, departmentCode: '971' }))).toBe('2024-05-28T10:30:00.000Z');
    // Elsewhere Monday 27 May is worked, but the pause covers it too: the same result.
    expect(iso(slaDueAt(input))).toBe('2024-05-28T10:30:00.000Z');
  });

  it('refuses a pause that ends before it begins', () => {
    const pauses = [{ from: at('2024-06-10T09:00:00Z'), to: at('2024-06-10T08:00:00Z') }];
    expect(() => slaDueAt({ reportedAt, targetMinutes, pauses })).toThrow(/pauses\[0\] ends before it begins/);
  });
});

describe('SLA policy', () => {
  it('has the default targets in business minutes', () => {
    expect(DEFAULT_SLA_POLICY).toEqual({
      P1: { ownMinutes: 30, resolveMinutes: 240 },
      P2: { ownMinutes: 60, resolveMinutes: 480 },
      P3: { ownMinutes: 240, resolveMinutes: 1440 },
      P4: { ownMinutes: 480, resolveMinutes: 2400 },
      P5: { ownMinutes: 960, resolveMinutes: 4800 },
    });
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.P1)).toBe(true);
  });

  it('accepts a configured policy and refuses a faulty one', () => {
    const configured = JSON.parse(JSON.stringify(DEFAULT_SLA_POLICY));
    configured.P1.ownMinutes = 15;
    expect(checkSlaPolicy(configured).P1).toEqual({ ownMinutes: 15, resolveMinutes: 240 });
    expect(() => checkSlaPolicy({ ...configured, P5: undefined })).toThrow(/P5.ownMinutes/);
    expect(() => checkSlaPolicy({ ...configured, P2: { ownMinutes: 60, resolveMinutes: 7.5 } })).toThrow(/P2.resolveMinutes/);
    expect(() => checkSlaPolicy({ ...configured, P3: { ownMinutes: 0, resolveMinutes: 60 } })).toThrow(/P3.ownMinutes/);
    expect(() => checkSlaPolicy({ ...configured, P4: { ownMinutes: 600, resolveMinutes: 60 } })).toThrow(/more time to take in hand/);
    expect(() => checkSlaPolicy(null)).toThrow(RangeError);
  });
});
