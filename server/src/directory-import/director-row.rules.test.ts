import { describe, expect, it } from 'vitest';
import { directorChange, readDirectorRow } from './director-row.rules.js';

describe('a row of a director file', () => {
  it('joins first and last names, lower-cases the e-mail', () => {
    expect(readDirectorRow({ uai: '0340711N', firstName: 'Claire', lastName: 'DURAND', email: 'Claire.Durand@ac-montpellier.fr' })).toEqual({
      kind: 'record', record: { uai: '0340711N', name: 'Claire DURAND', email: 'claire.durand@ac-montpellier.fr' },
    });
  });

  it('rejects a missing name and an invalid e-mail', () => {
    expect(readDirectorRow({ uai: '0340711N', email: 'x@y.fr' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('nom') });
    expect(readDirectorRow({ uai: '0340711N', lastName: 'Durand', email: 'durand@' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('durand@') });
  });

  it('replaces name and e-mail together, keeps the e-mail when only the same name is given', () => {
    const current = { name: 'Claire Durand', email: 'claire.durand@ac.fr' };
    expect(directorChange(current, { uai: '0340711N', name: 'Claire Durand', email: null })).toBeNull();
    expect(directorChange(current, { uai: '0340711N', name: 'Claire Durand', email: 'c.durand@ac.fr' })).toEqual({ name: 'Claire Durand', email: 'c.durand@ac.fr' });
    expect(directorChange(current, { uai: '0340711N', name: 'Paul Roux', email: null })).toEqual({ name: 'Paul Roux', email: null });
    expect(directorChange({ name: '', email: null }, { uai: '0340711N', name: 'Paul Roux', email: 'p@ac.fr' })).toEqual({ name: 'Paul Roux', email: 'p@ac.fr' });
  });
});
