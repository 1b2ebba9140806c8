import { describe, expect, test } from 'vitest';
import type { EligibleSchoolFragment } from '../graphql/generated/graphql';
import { eligibleSchoolsOf } from './eligibleSchools';

const school = (uai: string, name: string, communeInseeCode: string, overrides: Partial<EligibleSchoolFragment> = {}): EligibleSchoolFragment => ({
  uai,
  name,
  kind: 'PRIMAIRE',
  sector: 'PUBLIC',
  status: 'OPEN',
  commune: { inseeCode: communeInseeCode, name: communeInseeCode },
  ...overrides,
});

const SAINT_MATHIEU = '34276';
const NEIGHBOUR = '34247';
const gelly = school('0340711N', 'École élémentaire publique Agnès Gelly', SAINT_MATHIEU);
const fontanilles = school('0340990S', 'École maternelle publique Les Fontanilles', SAINT_MATHIEU);

describe('the schools a commune may enrol', () => {
  test('without a grouping: its own open public schools, by name', () => {
    expect(eligibleSchoolsOf(SAINT_MATHIEU, [fontanilles, gelly], []).map((s) => s.uai)).toEqual(['0340711N', '0340990S']);
  });

  test('a grouping moves a school to the commune that pays for it', () => {
    const neighbours = school('0341234A', 'École primaire du village voisin', NEIGHBOUR);
    const payers = [
      { school: fontanilles, payingCommune: { inseeCode: NEIGHBOUR } },
      { school: neighbours, payingCommune: { inseeCode: SAINT_MATHIEU } },
    ];
    expect(eligibleSchoolsOf(SAINT_MATHIEU, [gelly, fontanilles], payers).map((s) => s.uai)).toEqual(['0340711N', '0341234A']);
    expect(eligibleSchoolsOf(NEIGHBOUR, [neighbours], payers).map((s) => s.uai)).toEqual(['0340990S']);
  });

  test('closed or private schools are never offered, even through a grouping', () => {
    const closed = school('0341111B', 'École fermée', NEIGHBOUR, { status: 'CLOSED' });
    const payers = [{ school: closed, payingCommune: { inseeCode: SAINT_MATHIEU } }];
    expect(eligibleSchoolsOf(SAINT_MATHIEU, [gelly, school('0342222C', 'École privée', SAINT_MATHIEU, { sector: 'PRIVATE' })], payers)).toEqual([gelly]);
  });
});
