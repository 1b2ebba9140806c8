import { describe, expect, it } from 'vitest';
import { definitionConflict, readCirconscriptionRow } from './circonscription-row.rules.js';

describe('a row of the DSDEN’s circonscription file', () => {
  it('normalises the code and keeps what is given', () => {
    expect(readCirconscriptionRow({ uai: '0340711n', code: ' 034 psl ', name: 'Pic  Saint-Loup', ien: 'Mme Claire Martin' })).toEqual({
      kind: 'record', record: { uai: '0340711N', code: '034PSL', name: 'Pic Saint-Loup', ienName: 'Mme Claire Martin' },
    });
    expect(readCirconscriptionRow({ uai: '0340711N', code: '034PSL' })).toEqual({ kind: 'record', record: { uai: '0340711N', code: '034PSL' } });
  });

  it('rejects a bad UAI and a missing code', () => {
    expect(readCirconscriptionRow({ uai: '0340711A', code: 'X' }).kind).toBe('rejected');
    expect(readCirconscriptionRow({ uai: '0340711N' })).toEqual({ kind: 'rejected', reason: 'Champ manquant : code_circonscription.', uai: '0340711N' });
  });

  it('finds a row contradicting the circonscription’s first definition', () => {
    const definition = { name: 'Pic Saint-Loup', ienName: 'Mme Martin', departmentCode: '34' };
    const row = { uai: '0340711N', code: '034PSL' };
    expect(definitionConflict(definition, row, '34')).toBeNull();
    expect(definitionConflict(definition, { ...row, name: 'Pic Saint-Loup' }, '34')).toBeNull();
    expect(definitionConflict(definition, { ...row, name: 'Lez' }, '34')).toContain('« Lez »');
    expect(definitionConflict(definition, { ...row, ienName: 'M. Roux' }, '34')).toContain('IEN');
    expect(definitionConflict(definition, row, '81')).toContain('département 34, l’école dans le 81');
  });
});
