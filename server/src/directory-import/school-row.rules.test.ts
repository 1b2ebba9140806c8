import { describe, expect, it } from 'vitest';
import { SchoolKind, SchoolSector, SchoolStatus } from '../schools/school.enums.js';
import { uaiOf } from '../schools/uai.rules.js';
import { decideSchool, IGNORED, isPrivate, readSchoolRow, schoolKindOf, schoolStatusOf, type SchoolRecord, type SchoolState } from './school-row.rules.js';

const SERVED = new Set(['34', '81', '09', '2A']);
/** Agnès Gelly's row as the national directory writes it (Saint-Mathieu-de-Tréviers' 2022 convention, Article 9). */
const GELLY = {
  uai: '0340711N', name: 'École élémentaire publique Agnès Gelly', type: 'Ecole', sector: 'Public', communeCode: '34276', departmentCode: '034',
  maternelle: '0', elementaire: '1', etat: 'OUVERT', postalCode: '34270', email: 'ce.0340711n@ac-montpellier.fr', phone: '04 67 55 20 18',
};
const verdict = (changes: Partial<typeof GELLY>) => readSchoolRow({ ...GELLY, ...changes }, SERVED);

describe('a row of the national directory', () => {
  it('gives a normalised record for a public school', () => {
    expect(verdict({})).toEqual({
      kind: 'record',
      record: {
        uai: '0340711N', name: 'École élémentaire publique Agnès Gelly', kind: SchoolKind.ELEMENTAIRE, status: SchoolStatus.OPEN, communeCode: '34276',
        departmentCode: '34', postalCode: '34270', email: 'ce.0340711n@ac-montpellier.fr', phone: '04 67 55 20 18',
      },
    });
  });

  it('accepts 34 or 034, a lost leading zero, a lower-case UAI, doubled spaces in the name', () => {
    expect(verdict({ departmentCode: '34', uai: '0340711n', name: 'École  élémentaire Agnès Gelly' })).toMatchObject({ kind: 'record', record: { uai: '0340711N', name: 'École élémentaire Agnès Gelly' } });
    const foix = readSchoolRow({ ...GELLY, uai: uaiOf(90001), communeCode: '9122', departmentCode: '9', postalCode: '9000' }, SERVED);
    expect(foix).toMatchObject({ kind: 'record', record: { communeCode: '09122', departmentCode: '09', postalCode: '09000' } });
  });

  it('rejects a wrong check letter, saying which one is expected', () => {
    expect(verdict({ uai: '0340711A' })).toEqual({ kind: 'rejected', reason: expect.stringContaining('est N, pas A') });
  });

  it('rejects a row whose département is not its commune’s', () => {
    expect(verdict({ communeCode: '81144' })).toMatchObject({ kind: 'rejected', uai: '0340711N', reason: expect.stringContaining('81144 n’est pas dans le département 034') });
    expect(verdict({ departmentCode: '20' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('département « 20 » invalide') });
  });

  it('rejects missing fields by their column name', () => {
    expect(verdict({ name: undefined })).toMatchObject({ kind: 'rejected', reason: 'Champ manquant : Nom_etablissement.' });
    expect(verdict({ communeCode: undefined })).toMatchObject({ kind: 'rejected', reason: 'Champ manquant : Code_commune.' });
    expect(verdict({ sector: undefined })).toMatchObject({ kind: 'rejected', reason: 'Champ manquant : Statut_public_prive.' });
    expect(verdict({ uai: undefined })).toMatchObject({ kind: 'rejected', reason: 'Champ manquant : Identifiant_de_l_etablissement.' });
  });

  it('rejects malformed codes, contacts and states', () => {
    expect(verdict({ communeCode: '3427' })).toMatchObject({ kind: 'rejected' }); // 03427 is not in the 34
    expect(verdict({ communeCode: 'ABC' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('Code commune') });
    expect(verdict({ email: 'pas-un-courriel' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('pas-un-courriel') });
    expect(verdict({ phone: 'appeler la mairie' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('Téléphone') });
    expect(verdict({ postalCode: '342' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('Code postal') });
    expect(verdict({ etat: 'EN SOMMEIL' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('EN SOMMEIL') });
    expect(verdict({ sector: 'Mixte' })).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('Mixte') });
  });

  it('ignores what is not a public school of the import’s départements', () => {
    expect(verdict({ type: 'Collège' })).toEqual({ kind: 'ignored', reason: IGNORED.notASchool });
    expect(verdict({ type: 'Collège', uai: 'n’importe quoi' })).toEqual({ kind: 'ignored', reason: IGNORED.notASchool });
    expect(verdict({ sector: 'Privé' })).toEqual({ kind: 'ignored', reason: IGNORED.private });
    expect(verdict({ communeCode: '75056', departmentCode: '075' })).toEqual({ kind: 'ignored', reason: IGNORED.outOfScope });
  });

  it('reads the kind from the two flags, else from the name', () => {
    expect(schoolKindOf('1', '1', 'x')).toBe(SchoolKind.PRIMAIRE);
    expect(schoolKindOf('1', '0', 'x')).toBe(SchoolKind.MATERNELLE);
    expect(schoolKindOf('Non', 'Oui', 'x')).toBe(SchoolKind.ELEMENTAIRE);
    expect(schoolKindOf(undefined, undefined, 'ECOLE MATERNELLE LES LILAS')).toBe(SchoolKind.MATERNELLE);
    expect(schoolKindOf('0', '0', 'École primaire Jean Moulin')).toBe(SchoolKind.PRIMAIRE);
    expect(schoolKindOf(undefined, undefined, 'École Jean Moulin')).toBeNull();
  });

  it('reads the state and the sector as the directory spells them', () => {
    expect(['OUVERT', 'A OUVRIR', 'A FERMER', '', undefined].map(schoolStatusOf)).toEqual(Array(5).fill(SchoolStatus.OPEN));
    expect(['FERME', 'Fermé', 'FERMEE'].map(schoolStatusOf)).toEqual(Array(3).fill(SchoolStatus.CLOSED));
    expect(['Public', 'PUBLIC', 'Privé', 'Prive sous contrat', 'autre'].map(isPrivate)).toEqual([false, false, true, true, null]);
  });
});

describe('what a row does to the school', () => {
  const record: SchoolRecord = { uai: '0340711N', name: 'École élémentaire publique Agnès Gelly', kind: SchoolKind.ELEMENTAIRE, status: SchoolStatus.OPEN, communeCode: '34276', departmentCode: '34', email: 'ce@ac.fr' };
  const held: SchoolState = {
    name: record.name, kind: SchoolKind.ELEMENTAIRE, sector: SchoolSector.PUBLIC, status: SchoolStatus.OPEN, closedOn: null, communeInseeCode: '34276',
    address: '1 rue des Écoles', postalCode: '34270', email: 'ce@ac.fr', phone: null,
  };

  it('creates an unknown school, ignores an unknown closed one', () => {
    expect(decideSchool(undefined, record, '2026-09-01').outcome).toBe('CREATE');
    expect(decideSchool(undefined, { ...record, status: SchoolStatus.CLOSED }, '2026-09-01')).toEqual({ outcome: 'IGNORED', reason: IGNORED.closedUnknown });
  });

  it('changes nothing when the row says what the base holds, and keeps values the row leaves empty', () => {
    expect(decideSchool(held, record, '2026-09-01')).toEqual({ outcome: 'UNCHANGED' });
  });

  it('lists the fields that changed', () => {
    expect(decideSchool(held, { ...record, name: 'École Agnès Gelly', email: 'direction@ac.fr' }, '2026-09-01')).toEqual({
      outcome: 'UPDATE', changes: { name: [held.name, 'École Agnès Gelly'], email: ['ce@ac.fr', 'direction@ac.fr'] },
    });
  });

  it('closes on the given day, once; reopens a school listed open again', () => {
    const closing = { ...record, status: SchoolStatus.CLOSED, name: 'Autre nom' };
    expect(decideSchool(held, closing, '2026-09-01')).toEqual({ outcome: 'CLOSE', changes: { status: ['OPEN', 'CLOSED'], closedOn: [null, '2026-09-01'] } });
    const closed = { ...held, status: SchoolStatus.CLOSED, closedOn: '2025-07-04' };
    expect(decideSchool(closed, closing, '2026-09-01')).toEqual({ outcome: 'UNCHANGED' });
    expect(decideSchool(closed, record, '2026-09-01')).toEqual({ outcome: 'UPDATE', changes: { status: ['CLOSED', 'OPEN'], closedOn: ['2025-07-04', null] } });
  });
});
