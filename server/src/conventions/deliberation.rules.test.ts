import { describe, expect, it } from 'vitest';
import { checkDeliberation, checkLegalityDates, quorumOf, type DeliberationInput } from './deliberation.rules.js';
import { LESCURE_2023, SAINT_MATHIEU_2022 } from './deliberation.scenarios.js';

const fields = (input: DeliberationInput) => checkDeliberation(input).violations.map((v) => v.field);

/** 27 in office, 13 present: one short of the quorum of 14. */
const WITHOUT_QUORUM: DeliberationInput = {
  ...LESCURE_2023,
  meetingDate: '2023-10-06', // a Friday
  present: 13,
  represented: 5,
  absent: 9,
  voters: 18,
  votesFor: 15,
  votesAgainst: 2,
  abstentions: 1,
};

describe('the deliberations of the source documents', () => {
  it('Lescure-d’Albigeois: 27 in office, 24 present, 1 represented, 25 unanimous votes → adopted', () => {
    expect(checkDeliberation(LESCURE_2023)).toEqual({ violations: [], adopted: true, quorumReached: true });
  });

  it('Saint-Mathieu-de-Tréviers: 18 present, 6 proxies, 3 absent, 24 for → adopted', () => {
    expect(SAINT_MATHIEU_2022.present + SAINT_MATHIEU_2022.represented + SAINT_MATHIEU_2022.absent).toBe(27);
    expect(checkDeliberation(SAINT_MATHIEU_2022)).toEqual({ violations: [], adopted: true, quorumReached: true });
  });
});

describe('quorum (L2121-17): strictly more than half of the members in office present', () => {
  it('is 14 of 27 and 14 of 26 (half of 26 is not more than half)', () => {
    expect(quorumOf(27)).toBe(14);
    expect(quorumOf(26)).toBe(14);
    expect(quorumOf(7)).toBe(4);
  });

  it('fails with 13 present of 27, whatever the proxies, and says so on `present`', () => {
    const result = checkDeliberation(WITHOUT_QUORUM);
    expect(result.quorumReached).toBe(false);
    expect(result.adopted).toBeNull();
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]?.field).toBe('present');
    expect(result.violations[0]?.message).toContain('il en faut au moins 14');
  });

  it('holds at exactly 14 present of 27', () => {
    const result = checkDeliberation({ ...WITHOUT_QUORUM, present: 14, absent: 8 });
    expect(result).toEqual({ violations: [], adopted: true, quorumReached: true });
  });

  it('is waived on a second convocation held at least three days after the first meeting', () => {
    const result = checkDeliberation({ ...WITHOUT_QUORUM, secondConvocation: true, firstMeetingDate: '2023-10-02' });
    expect(result).toEqual({ violations: [], adopted: true, quorumReached: false });
  });

  it('refuses a second meeting only 2 days after the first one, on `firstMeetingDate`', () => {
    const result = checkDeliberation({ ...WITHOUT_QUORUM, secondConvocation: true, firstMeetingDate: '2023-10-04' });
    expect(result.adopted).toBeNull();
    expect(result.violations.map((v) => v.field)).toEqual(['firstMeetingDate']);
    expect(result.violations[0]?.message).toContain('avant le 07/10/2023');
  });

  it('accepts a second meeting exactly 3 days after the first one', () => {
    const result = checkDeliberation({ ...WITHOUT_QUORUM, secondConvocation: true, firstMeetingDate: '2023-10-03' });
    expect(result).toEqual({ violations: [], adopted: true, quorumReached: false });
  });

  it('requires a valid first meeting date on a second convocation, and none otherwise', () => {
    expect(fields({ ...WITHOUT_QUORUM, secondConvocation: true })).toEqual(['firstMeetingDate']);
    expect(fields({ ...WITHOUT_QUORUM, secondConvocation: true, firstMeetingDate: '2023-02-30' })).toEqual(['firstMeetingDate']);
    expect(fields({ ...WITHOUT_QUORUM, secondConvocation: true, firstMeetingDate: '2023-10-09' })).toEqual(['firstMeetingDate']); // after
    expect(fields({ ...LESCURE_2023, firstMeetingDate: '2023-09-18' })).toEqual(['firstMeetingDate']);
  });
});

describe('attendance', () => {
  it('refuses more proxies than present members (one proxy each, L2121-20)', () => {
    // With the quorum reached, more proxies than present members cannot add up to the members in office;
    // a second convocation, where the quorum is waived, isolates the rule.
    const result = checkDeliberation({
      ...WITHOUT_QUORUM,
      present: 10,
      represented: 12,
      absent: 5,
      voters: 22,
      votesFor: 22,
      votesAgainst: 0,
      abstentions: 0,
      secondConvocation: true,
      firstMeetingDate: '2023-10-02',
    });
    expect(result.violations.map((v) => v.field)).toEqual(['represented']);
    expect(result.violations[0]?.message).toContain('un seul pouvoir');
    expect(result.adopted).toBeNull();
  });

  it('accepts as many proxies as present members', () => {
    const result = checkDeliberation({ ...LESCURE_2023, present: 14, represented: 13, absent: 0 });
    expect(result.violations).toEqual([]);
  });

  it('requires present + represented + absent = members in office', () => {
    const result = checkDeliberation({ ...SAINT_MATHIEU_2022, absent: 2 });
    expect(result.violations.map((v) => v.field)).toEqual(['membersInOffice']);
    expect(result.violations[0]?.message).toContain('= 26');
  });

  it('refuses more voters than present and represented members', () => {
    const result = checkDeliberation({ ...SAINT_MATHIEU_2022, voters: 25, votesFor: 25 });
    expect(result.violations.map((v) => v.field)).toEqual(['voters']);
  });

  it('accepts fewer voters than present and represented (members who do not take part)', () => {
    const result = checkDeliberation({ ...SAINT_MATHIEU_2022, voters: 22, votesFor: 22 });
    expect(result).toEqual({ violations: [], adopted: true, quorumReached: true });
  });
});

describe('vote sums', () => {
  it('requires for + against + abstentions = voters, on `votesFor`', () => {
    const result = checkDeliberation({ ...LESCURE_2023, votesFor: 24 });
    expect(result.adopted).toBeNull();
    expect(result.violations).toEqual([{ field: 'votesFor', message: 'pour (24) + contre (0) + abstentions (0) = 24, au lieu des 25 votants.' }]);
  });

  it('counts blank and spoilt ballots among voters, not among votes cast, in a secret ballot', () => {
    const secret = { ...SAINT_MATHIEU_2022, secretBallot: true, votesFor: 10, votesAgainst: 9, abstentions: 0, blankOrSpoilt: 5 };
    expect(checkDeliberation(secret)).toEqual({ violations: [], adopted: true, quorumReached: true });
    expect(fields({ ...secret, blankOrSpoilt: 4 })).toEqual(['votesFor']);
  });

  it('knows no blank or spoilt ballots in an open vote', () => {
    expect(fields({ ...SAINT_MATHIEU_2022, votesFor: 20, blankOrSpoilt: 4 })).toEqual(['blankOrSpoilt']);
    expect(fields({ ...SAINT_MATHIEU_2022, blankOrSpoilt: 0 })).toEqual([]);
  });

  it('reports every violation at once, each on its field', () => {
    const result = checkDeliberation({ ...LESCURE_2023, meetingDate: '25/09/2023', present: 12, represented: 13, absent: 1, voters: 26, votesFor: 20 });
    expect(result.violations.map((v) => v.field).sort()).toEqual(['meetingDate', 'membersInOffice', 'present', 'represented', 'voters', 'votesFor'].sort());
  });

  it('rejects non-integer and negative counts without computing anything from them', () => {
    const result = checkDeliberation({ ...LESCURE_2023, present: 24.5, voters: -1 });
    expect(result.violations.map((v) => v.field)).toEqual(['present', 'voters']);
    expect(result.adopted).toBeNull();
    expect(result.quorumReached).toBe(false);
    expect(fields({ ...LESCURE_2023, membersInOffice: 0, present: 0, represented: 0, absent: 0, voters: 0, votesFor: 0 })).toEqual(['membersInOffice']);
  });
});

describe('outcome: absolute majority of the votes cast (L2121-20)', () => {
  const split = { ...SAINT_MATHIEU_2022, votesFor: 10, votesAgainst: 10, abstentions: 4 };

  it('adopts when for > against, abstentions aside', () => {
    expect(checkDeliberation({ ...split, votesFor: 8, votesAgainst: 7, abstentions: 9 }).adopted).toBe(true);
    expect(checkDeliberation({ ...split, votesFor: 7, votesAgainst: 8, abstentions: 9 }).adopted).toBe(false);
  });

  it('requires the president’s vote on a tie in an open vote', () => {
    const result = checkDeliberation(split);
    expect(result.adopted).toBeNull();
    expect(result.violations.map((v) => v.field)).toEqual(['presidentVote']);
    expect(result.violations[0]?.message).toContain('prépondérante');
  });

  it('lets the president’s casting vote decide a tie: the side the president voted for wins', () => {
    expect(checkDeliberation({ ...split, presidentVote: 'FOR' })).toEqual({ violations: [], adopted: true, quorumReached: true });
    expect(checkDeliberation({ ...split, presidentVote: 'AGAINST' })).toEqual({ violations: [], adopted: false, quorumReached: true });
  });

  it('rejects a tie when the president abstained: there is no casting vote to give', () => {
    expect(checkDeliberation({ ...split, presidentVote: 'ABSTAIN' })).toEqual({ violations: [], adopted: false, quorumReached: true });
  });

  it('refuses a president’s vote that the count does not contain', () => {
    expect(fields({ ...split, abstentions: 0, votesFor: 12, votesAgainst: 12, presidentVote: 'ABSTAIN' })).toEqual(['presidentVote']);
  });

  it('rejects a tie in a secret ballot, where the president’s vote is unknown', () => {
    const secret = { ...split, secretBallot: true };
    expect(checkDeliberation(secret)).toEqual({ violations: [], adopted: false, quorumReached: true });
    expect(fields({ ...secret, presidentVote: 'FOR' })).toEqual(['presidentVote']);
  });

  it('ignores the president’s vote when there is no tie', () => {
    expect(checkDeliberation({ ...SAINT_MATHIEU_2022, presidentVote: 'FOR' }).adopted).toBe(true);
  });
});

describe('transmission, receipt and publication dates', () => {
  it('accepts Saint-Mathieu-de-Tréviers’ dates: met 20/10, sent and received 02/11, published 21/11/2022', () => {
    expect(checkLegalityDates({ meetingDate: '2022-10-20', transmittedOn: '2022-11-02', receivedOn: '2022-11-02', publishedOn: '2022-11-21' })).toEqual([]);
    expect(checkLegalityDates({ meetingDate: '2022-10-20' })).toEqual([]);
  });

  it('refuses an act sent before the meeting, received before it was sent, published before the meeting', () => {
    const fieldsOf = (dates: Parameters<typeof checkLegalityDates>[0]) => checkLegalityDates(dates).map((v) => v.field);
    expect(fieldsOf({ meetingDate: '2022-10-20', transmittedOn: '2022-10-19' })).toEqual(['transmittedOn']);
    expect(fieldsOf({ meetingDate: '2022-10-20', transmittedOn: '2022-11-02', receivedOn: '2022-11-01' })).toEqual(['receivedOn']);
    expect(fieldsOf({ meetingDate: '2022-10-20', receivedOn: '2022-10-19' })).toEqual(['receivedOn']);
    expect(fieldsOf({ meetingDate: '2022-10-20', publishedOn: '2022-10-01' })).toEqual(['publishedOn']);
  });
});
