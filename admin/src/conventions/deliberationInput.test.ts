import { HttpError } from 'react-admin';
import { describe, expect, test } from 'vitest';
import { EMPTY_DELIBERATION, toDeliberationInput } from './deliberationInput';

/** Lescure-d'Albigeois, 25 September 2023 (shared/reference): 27 in office, 24 present, 1 proxy, unanimous. */
const LESCURE = {
  ...EMPTY_DELIBERATION,
  meetingDate: '2023-09-25',
  number: ' 48/2023 ',
  membersInOffice: 27,
  present: 24,
  represented: 1,
  absent: 2,
  voters: 25,
  votesFor: 25,
  votesAgainst: 0,
  abstentions: 0,
  secretary: 'Marie LACAN',
};

describe('the deliberation form → DeliberationInput', () => {
  test('the register extract’s figures are sent as typed, blanks as null', () => {
    expect(toDeliberationInput(LESCURE)).toEqual({
      meetingDate: '2023-09-25',
      number: '48/2023',
      membersInOffice: 27,
      present: 24,
      represented: 1,
      absent: 2,
      voters: 25,
      votesFor: 25,
      votesAgainst: 0,
      abstentions: 0,
      secretBallot: false,
      blankOrSpoilt: null,
      secondConvocation: false,
      firstMeetingDate: null,
      presidentVote: null,
      secretary: 'Marie LACAN',
      actesId: null,
      transmittedOn: null,
      receivedOn: null,
      publishedOn: null,
    });
  });

  test('the ACTES acknowledgement and the prefecture’s dates (Saint-Mathieu-de-Tréviers, 2022)', () => {
    const input = toDeliberationInput({
      ...LESCURE,
      actesId: ' 034-213402761-20221028-2022-10-062-DE ',
      transmittedOn: '2022-11-02',
      receivedOn: '2022-11-02',
      publishedOn: '2022-11-21',
    });
    expect(input).toMatchObject({ actesId: '034-213402761-20221028-2022-10-062-DE', transmittedOn: '2022-11-02', receivedOn: '2022-11-02', publishedOn: '2022-11-21' });
  });

  test('blank ballots go only with a secret ballot, the first meeting only with a second convocation', () => {
    const hidden = toDeliberationInput({ ...LESCURE, blankOrSpoilt: 2, firstMeetingDate: '2023-09-20' });
    expect([hidden.blankOrSpoilt, hidden.firstMeetingDate]).toEqual([null, null]);
    const shown = toDeliberationInput({ ...LESCURE, secretBallot: true, blankOrSpoilt: 2, secondConvocation: true, firstMeetingDate: '2023-09-20' });
    expect([shown.blankOrSpoilt, shown.firstMeetingDate]).toEqual([2, '2023-09-20']);
  });

  test('the president’s vote is one of the schema’s values, or nothing', () => {
    expect(toDeliberationInput({ ...LESCURE, presidentVote: 'FOR' }).presidentVote).toBe('FOR');
    expect(toDeliberationInput({ ...LESCURE, presidentVote: 'MAYBE' }).presidentVote).toBeNull();
  });

  test('a missing count is reported under its input', () => {
    let error: unknown;
    try {
      toDeliberationInput({ ...LESCURE, present: null });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body.errors).toEqual({ present: 'ra.validation.required' });
  });
});
