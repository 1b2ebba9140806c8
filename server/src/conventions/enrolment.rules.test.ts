import { describe, expect, it } from 'vitest';
import { enrolmentRefusal, payingCommuneOf, type EnrolmentCandidate } from './enrolment.rules.js';

const AGNES_GELLY: EnrolmentCandidate = {
  uai: '0340711N', name: 'École élémentaire publique Agnès Gelly', sector: 'PUBLIC', status: 'OPEN',
  communeInseeCode: '34276', payingCommuneInseeCode: null, enrolledInConventionId: null,
};

describe('enrolling a school in a commune’s convention', () => {
  it('accepts an open public school of the commune', () => {
    expect(enrolmentRefusal('0340711N', AGNES_GELLY, '34276', '2022-2023')).toBeNull();
  });

  it('refuses an unknown, private or closed school as bad input', () => {
    expect(enrolmentRefusal('0340001B', undefined, '34276', '2022-2023')).toEqual({ kind: 'input', message: 'Aucune école ne porte le code UAI 0340001B.' });
    expect(enrolmentRefusal('0340711N', { ...AGNES_GELLY, sector: 'PRIVATE' }, '34276', '2022-2023')?.message).toContain('privée');
    expect(enrolmentRefusal('0340711N', { ...AGNES_GELLY, status: 'CLOSED' }, '34276', '2022-2023')?.message).toContain('fermée');
  });

  it('lets only the paying commune of a grouping enrol the school', () => {
    const shared = { ...AGNES_GELLY, payingCommuneInseeCode: '34120' };
    expect(payingCommuneOf(shared)).toBe('34120');
    expect(enrolmentRefusal('0340711N', shared, '34276', '2022-2023')).toMatchObject({ kind: 'input', message: expect.stringContaining('commune 34120') });
    expect(enrolmentRefusal('0340711N', shared, '34120', '2022-2023')).toBeNull();
  });

  it('refuses a school already in a live convention that year as a conflict', () => {
    expect(enrolmentRefusal('0340711N', { ...AGNES_GELLY, enrolledInConventionId: 12 }, '34276', '2022-2023'))
      .toEqual({ kind: 'conflict', message: 'L’école 0340711N (École élémentaire publique Agnès Gelly) est déjà inscrite pour 2022-2023, à la convention n° 12.' });
  });
});
