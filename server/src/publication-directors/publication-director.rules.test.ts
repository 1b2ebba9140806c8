import { describe, expect, it } from 'vitest';
import { Civility, PublicationDirectorFunction } from './publication-director.enums.js';
import { activeOn, functionFitsScope, isSamePerson, parseDirectoryName, planAssignment } from './publication-director.rules.js';

// Agnès Gelly's spaces: a director until the end of the 2021-2022 year, then her successor (open).
const HISTORY = [
  { id: 2, startDate: '2022-09-01', endDate: null },
  { id: 1, startDate: '2018-09-01', endDate: '2022-08-31' },
];

describe('active period', () => {
  it('is the one whose inclusive dates cover the day', () => {
    expect(activeOn(HISTORY, '2022-08-31')?.id).toBe(1);
    expect(activeOn(HISTORY, '2022-09-01')?.id).toBe(2);
    expect(activeOn(HISTORY, '2030-01-01')?.id).toBe(2);
    expect(activeOn(HISTORY, '2018-08-31')).toBeUndefined();
  });
});

describe('planning an assignment', () => {
  it('ends the open period the day before the new start, across a month and a leap day', () => {
    expect(planAssignment(HISTORY, '2024-03-01')).toEqual({ ok: true, close: { id: 2, endDate: '2024-02-29' } });
    expect(planAssignment(HISTORY, '2022-09-02')).toEqual({ ok: true, close: { id: 2, endDate: '2022-09-01' } });
  });

  it('closes nothing for a scope without an open period, when no closed period reaches the start', () => {
    expect(planAssignment([], '2022-10-20')).toEqual({ ok: true, close: null });
    expect(planAssignment([HISTORY[1]!], '2022-09-01')).toEqual({ ok: true, close: null });
  });

  it('refuses to start on or before the open period’s start, or inside a closed period', () => {
    expect(planAssignment(HISTORY, '2022-09-01')).toMatchObject({ ok: false, reason: expect.stringContaining('2022-09-01') });
    expect(planAssignment(HISTORY, '2020-01-15')).toMatchObject({ ok: false });
    expect(planAssignment([HISTORY[1]!], '2022-08-31')).toMatchObject({ ok: false, reason: expect.stringContaining('2018-09-01 au 2022-08-31') });
  });
});

describe('function and scope (Article 6)', () => {
  it('gives a school its director or interim, a commune its référent ville, and OTHER to both', () => {
    expect(functionFitsScope(PublicationDirectorFunction.SCHOOL_DIRECTOR, 'school')).toBe(true);
    expect(functionFitsScope(PublicationDirectorFunction.INTERIM_DIRECTOR, 'commune')).toBe(false);
    expect(functionFitsScope(PublicationDirectorFunction.CITY_REFERENT, 'commune')).toBe(true);
    expect(functionFitsScope(PublicationDirectorFunction.CITY_REFERENT, 'school')).toBe(false);
    expect(functionFitsScope(PublicationDirectorFunction.OTHER, 'school') && functionFitsScope(PublicationDirectorFunction.OTHER, 'commune')).toBe(true);
  });
});

describe('directory names', () => {
  it('reads civility, first name and the upper-case family name', () => {
    expect(parseDirectoryName('Mme Claire DURAND')).toEqual({ civility: Civility.MADAME, firstName: 'Claire', lastName: 'DURAND' });
    expect(parseDirectoryName('  M.  DUPONT-MOREL  Jean-Pierre ')).toEqual({ civility: Civility.MONSIEUR, firstName: 'Jean-Pierre', lastName: 'DUPONT-MOREL' });
    expect(parseDirectoryName('Madame Claire Durand')).toEqual({ civility: Civility.MADAME, firstName: 'Claire', lastName: 'Durand' });
    expect(parseDirectoryName('Monsieur LE GOFF Yann')).toEqual({ civility: Civility.MONSIEUR, firstName: 'Yann', lastName: 'LE GOFF' });
  });

  it('leaves undecided what it cannot tell apart', () => {
    expect(parseDirectoryName('DURAND CLAIRE')).toEqual({ civility: undefined, lastName: undefined });
    expect(parseDirectoryName('Madame Élise Le Goff')).toEqual({ civility: Civility.MADAME, lastName: undefined });
    expect(parseDirectoryName('Mme Durand')).toEqual({ civility: Civility.MADAME, lastName: 'Durand' });
  });

  it('recognises the same person by e-mail or by name, whatever the order, case and accents', () => {
    const claire = { firstName: 'Claire', lastName: 'Durand', email: 'claire.durand@ac-montpellier.fr' };
    expect(isSamePerson({ name: null, email: 'Claire.Durand@ac-montpellier.fr' }, claire)).toBe(true);
    for (const name of ['Mme Claire DURAND', 'DURAND Claire', 'Mme Durand', 'claire durand']) {
      expect(isSamePerson({ name, email: 'ce.0340711n@ac-montpellier.fr' }, claire)).toBe(true);
    }
    expect(isSamePerson({ name: 'M. Jean DURAND', email: null }, claire)).toBe(false);
    expect(isSamePerson({ name: 'Mme Claire MARTIN', email: null }, claire)).toBe(false);
    expect(isSamePerson({ name: null, email: null }, claire)).toBe(false);
    expect(isSamePerson({ name: 'Mme Élise LE GOFF', email: null }, { firstName: 'Elise', lastName: 'Le Goff', email: 'x@y.fr' })).toBe(true);
  });
});
