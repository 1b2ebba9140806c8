import { describe, expect, it } from 'vitest';
import { checkActesId, formatActesId, normaliseDepartment, type ActesCheck, type ActesContext } from './actes.rules.js';

/** Saint-Mathieu-de-Tréviers: meeting of 20 October 2022, received at the prefecture on 2 November 2022. */
const SAINT_MATHIEU: ActesContext = { communeSiren: '213402761', communeDepartment: '34', meetingDate: '2022-10-20', receiptDate: '2022-11-02' };

function errorsOf(check: ActesCheck): string[] {
  return check.valid ? [] : check.errors.map((e) => e.message);
}

describe('the two ACTES identifiers printed in the Saint-Mathieu-de-Tréviers document', () => {
  it('accepts the deliberation’s stamp, with a warning: the act date (28/10) is not the meeting date (20/10)', () => {
    const check = checkActesId('034-213402761-20221028-2022-10-062-DE', SAINT_MATHIEU);
    expect(check).toMatchObject({
      valid: true,
      actesId: '034-213402761-20221028-2022-10-062-DE',
      parts: { department: '034', siren: '213402761', decidedOn: '2022-10-28', number: '2022-10-062', nature: 'DE' },
    });
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]).toMatchObject({ field: 'actesId' });
    expect(check.warnings[0]?.message).toContain('(28/10/2022) est postérieure à la séance du 20/10/2022');
  });

  it('stores the convention’s stamp 34-… as 034-…, with a warning: the act date (05/10) precedes the meeting', () => {
    const check = checkActesId('34-213402761-20221005-2022-10-062-DE', SAINT_MATHIEU);
    expect(check.valid && check.actesId).toBe('034-213402761-20221005-2022-10-062-DE');
    expect(check.warnings.map((w) => w.message)).toEqual([expect.stringContaining('(05/10/2022) est antérieure à la séance du 20/10/2022')]);
  });

  it('gives no warning when the act date is the meeting date, nor when no meeting date is given', () => {
    expect(checkActesId('034-213402761-20221020-2022-10-062-DE', SAINT_MATHIEU)).toMatchObject({ valid: true, warnings: [] });
    expect(checkActesId('034-213402761-20221028-2022-10-062-DE', { communeSiren: '213402761' })).toMatchObject({ valid: true, warnings: [] });
  });
});

describe('tolerant parsing', () => {
  it('accepts spaces anywhere, lower case and typographic dashes, and normalises them', () => {
    for (const messy of [
      '  034-213402761-20221028-2022-10-062-DE ',
      '034 - 213 402 761 - 20221028 - 2022-10-062 - de',
      '34\u2013213402761\u201320221028\u20132022\u201110\u2011062\u2013DE',
      '034-213402761-20221028-2022-10-062-De',
    ]) {
      const check = checkActesId(messy, SAINT_MATHIEU);
      expect(check.valid && check.actesId).toBe('034-213402761-20221028-2022-10-062-DE');
    }
  });

  it('reads a number without dashes, or with underscores and dots', () => {
    const context = { communeSiren: '213402761' };
    expect(checkActesId('034-213402761-20221028-DEL_2022_062-DE', context)).toMatchObject({ valid: true, parts: { number: 'DEL_2022_062' } });
    expect(checkActesId('034-213402761-20221028-62-DE', context)).toMatchObject({ valid: true, parts: { number: '62' } });
    expect(checkActesId('034-213402761-20221028-2022.62-DE', context)).toMatchObject({ valid: true, parts: { number: '2022.62' } });
  });

  it('refuses what is not an identifier at all, naming the expected format', () => {
    for (const bad of ['', '034-213402761-20221028-DE', '034-213402761-20221028--DE', 'n° 48/2023']) {
      const check = checkActesId(bad, SAINT_MATHIEU);
      expect(check.valid).toBe(false);
      expect(errorsOf(check)[0]).toContain('DDD-SIREN-AAAAMMJJ-NUMÉRO-NATURE');
    }
  });
});

describe('departments on 3 characters', () => {
  it('pads metropolitan codes, keeps Corsica’s letters and the overseas departments', () => {
    expect(normaliseDepartment('34')).toBe('034');
    expect(normaliseDepartment('034')).toBe('034');
    expect(normaliseDepartment('81')).toBe('081');
    expect(normaliseDepartment('09')).toBe('009');
    expect(normaliseDepartment('2a')).toBe('02A');
    expect(normaliseDepartment('02B')).toBe('02B');
    expect(normaliseDepartment('971')).toBe('971');
    expect(normaliseDepartment('976')).toBe('976');
  });

  it('refuses codes that are no department', () => {
    for (const bad of ['', '0', '00', '20', '020', '96', '099', '975', '977', '2C', '0034', 'AB']) expect(normaliseDepartment(bad)).toBeNull();
  });

  it('checks the department against the commune’s, when known', () => {
    const check = checkActesId('081-213402761-20221028-2022-10-062-DE', SAINT_MATHIEU);
    expect(errorsOf(check)).toEqual([expect.stringContaining('le département 081 n’est pas celui de la commune')]);
    expect(checkActesId('2A-213402761-20221028-1-DE', { communeSiren: '213402761', communeDepartment: '2a' }).valid).toBe(true);
  });
});

describe('errors, all on the field actesId', () => {
  it('refuses another commune’s SIREN (Lescure-d’Albigeois’s)', () => {
    // Lescure's own acknowledgement pasted into Saint-Mathieu's convention.
    const check = checkActesId('081-218101442-20230925-48_2023-DE', { communeSiren: '213402761' });
    expect(check.valid).toBe(false);
    expect(!check.valid && check.errors).toEqual([{ field: 'actesId', message: expect.stringContaining('le SIREN 218101442 n’est pas celui de la commune (213402761)') }]);
  });

  it('refuses a SIREN that fails Luhn', () => {
    expect(errorsOf(checkActesId('034-213402762-20221028-2022-10-062-DE', SAINT_MATHIEU))).toEqual([expect.stringContaining('clé de contrôle')]);
    expect(errorsOf(checkActesId('034-21340276-20221028-2022-10-062-DE', SAINT_MATHIEU))).toEqual([expect.stringContaining('9 chiffres')]);
  });

  it('refuses an unknown nature code', () => {
    expect(errorsOf(checkActesId('034-213402761-20221028-2022-10-062-XX', SAINT_MATHIEU))).toEqual([expect.stringContaining('nature « XX » inconnue')]);
  });

  it('accepts every nature of the ACTES list', () => {
    for (const nature of ['DE', 'AR', 'AI', 'CC', 'BF', 'AU']) {
      expect(checkActesId(`034-213402761-20221028-2022-10-062-${nature}`, SAINT_MATHIEU).valid).toBe(true);
    }
  });

  it('refuses an impossible date, 30 February 2022', () => {
    const check = checkActesId('034-213402761-20220230-2022-10-062-DE', SAINT_MATHIEU);
    expect(errorsOf(check)).toEqual([expect.stringContaining('« 20220230 » n’est pas une date réelle')]);
    expect(check.warnings).toEqual([]);
    expect(errorsOf(checkActesId('034-213402761-2022-10-28-062-DE', SAINT_MATHIEU))[0]).toContain('« 2022 » n’est pas une date réelle');
  });

  it('refuses an act dated after its receipt at the prefecture (2 November 2022)', () => {
    const check = checkActesId('034-213402761-20221103-2022-10-062-DE', SAINT_MATHIEU);
    expect(errorsOf(check)).toEqual([expect.stringContaining('(03/11/2022) est postérieure à sa réception en préfecture (02/11/2022)')]);
    expect(checkActesId('034-213402761-20221102-2022-10-062-DE', SAINT_MATHIEU).valid).toBe(true);
  });

  it('refuses an act number with characters ACTES does not carry, or too long', () => {
    expect(errorsOf(checkActesId('034-213402761-20221028-48/2023-DE', SAINT_MATHIEU))[0]).toContain('numéro d’acte « 48/2023 »');
    expect(errorsOf(checkActesId('034-213402761-20221028-2022-10-062-0001-DE', SAINT_MATHIEU))[0]).toContain('1 à 15 caractères');
  });

  it('reports every error at once', () => {
    const check = checkActesId('99-218101443-20221399-N°1-ZZ', SAINT_MATHIEU);
    expect(errorsOf(check)).toHaveLength(5);
    expect(!check.valid && check.errors.every((e) => e.field === 'actesId')).toBe(true);
  });
});

describe('formatActesId', () => {
  it('writes the stored form back', () => {
    expect(formatActesId({ department: '034', siren: '213402761', decidedOn: '2022-10-28', number: '2022-10-062', nature: 'DE' })).toBe('034-213402761-20221028-2022-10-062-DE');
  });
});
