import { describe, expect, it } from 'vitest';
import { headerKey, resolveColumns, valuesOf } from './csv-columns.rules.js';
import { SCHOOL_COLUMNS } from './school-row.rules.js';

describe('columns found by header name', () => {
  it('ignores case, accents, spaces and underscores', () => {
    expect(headerKey('Identifiant_de_l_etablissement')).toBe(headerKey('identifiant de l’établissement'));
    expect(headerKey('Code postal')).toBe(headerKey('CODE_POSTAL'));
  });

  it('finds the columns in any order, ignores unknown ones, reads empty cells as absent', () => {
    const header = ['etat', 'Colonne inconnue', 'code_commune', 'identifiant_de_l_etablissement', 'statut_public_prive', 'type_etablissement', 'nom_etablissement', 'mail'];
    const resolved = resolveColumns(header, SCHOOL_COLUMNS);
    expect(resolved.ok).toBe(true);
    const values = valuesOf(['OUVERT', 'x', '34276', ' 0340711N ', 'Public', 'Ecole', 'École Agnès Gelly', ''], resolved.ok ? resolved.columns : {});
    expect(values).toEqual({ etat: 'OUVERT', communeCode: '34276', uai: '0340711N', sector: 'Public', type: 'Ecole', name: 'École Agnès Gelly' });
  });

  it('names every required column that is missing', () => {
    expect(resolveColumns(['Nom_etablissement', 'Mail'], SCHOOL_COLUMNS)).toEqual({
      ok: false, missing: ['Identifiant_de_l_etablissement', 'Type_etablissement', 'Statut_public_prive', 'Code_commune'],
    });
  });
});
