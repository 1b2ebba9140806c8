import { describe, expect, it } from 'vitest';
import { checkSiren, checkSiret, isValidSiren, isValidSiret, LA_POSTE_SIREN, luhnValid, siretMatchesSiren } from './siren.rules.js';

describe('SIREN', () => {
  it('accepts the SIRENs of both communes of the source documents', () => {
    expect(checkSiren('213402761')).toEqual({ valid: true, siren: '213402761' }); // Saint-Mathieu-de-Tréviers
    expect(checkSiren('218101442')).toEqual({ valid: true, siren: '218101442' }); // Lescure-d'Albigeois
  });

  it('drops the spaces of a grouped SIREN, including no-break spaces', () => {
    expect(checkSiren(' 213 402 761 ')).toEqual({ valid: true, siren: '213402761' });
    expect(checkSiren('213\u00A0402\u202F761')).toEqual({ valid: true, siren: '213402761' });
  });

  it('rejects a wrong check digit and says so in French', () => {
    const result = checkSiren('213402762');
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toContain('clé de contrôle');
  });

  it('rejects malformed input with the expected shape', () => {
    for (const bad of ['', '21340276', '2134027610', '21340276A', '213-402-761']) {
      const result = checkSiren(bad);
      expect(result.valid).toBe(false);
      expect(!result.valid && result.reason).toContain('9 chiffres');
    }
  });

  it('catches a swap of two adjacent digits, the typo Luhn is made for', () => {
    expect(isValidSiren('214302761')).toBe(false);
    expect(isValidSiren('213402716')).toBe(false);
  });
});

describe('SIRET', () => {
  it('accepts the town hall SIRET of the Saint-Mathieu-de-Tréviers convention and splits it', () => {
    expect(checkSiret('21340276100018')).toEqual({ valid: true, siret: '21340276100018', siren: '213402761', nic: '00018' });
    expect(checkSiret('213 402 761 00018')).toEqual({ valid: true, siret: '21340276100018', siren: '213402761', nic: '00018' });
  });

  it('checks Luhn over the 14 digits, not only the SIREN', () => {
    expect(luhnValid('213402761')).toBe(true);
    expect(isValidSiret('21340276100026')).toBe(true); // another NIC of the same commune
    const result = checkSiret('21340276100019');
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toContain('Luhn sur les 14 chiffres');
  });

  it('rejects a SIRET whose SIREN part is invalid even if the 14 digits pass Luhn', () => {
    // 21340276200008 passes Luhn over 14 digits, but 213402762 is not a valid SIREN.
    expect(luhnValid('21340276200008')).toBe(true);
    const result = checkSiret('21340276200008');
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toContain('le SIREN 213402762');
  });

  it('rejects malformed input', () => {
    for (const bad of ['', '213402761', '2134027610001', '213402761000180', '2134027610001X']) {
      const result = checkSiret(bad);
      expect(result.valid).toBe(false);
      expect(!result.valid && result.reason).toContain('14 chiffres');
    }
  });

  it('applies La Poste’s exception: sum of digits a multiple of 5 instead of Luhn, except at its head office', () => {
    expect(isValidSiren(LA_POSTE_SIREN)).toBe(true);
    expect(luhnValid('35600000000001')).toBe(false);
    expect(isValidSiret('35600000000001')).toBe(true); // 3+5+6+1 = 15
    expect(luhnValid('35600000000014')).toBe(true);
    const result = checkSiret('35600000000014'); // Luhn-valid, but 3+5+6+1+4 = 19
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toContain('La Poste');
    expect(isValidSiret('35600000000048')).toBe(true); // head office: Luhn-valid, sum 26
    // The exception is La Poste's alone: another SIREN with a digit sum multiple of 5 still needs Luhn.
    expect(isValidSiret('21340276100004')).toBe(false); // digit sum 30
  });
});

describe('siretMatchesSiren', () => {
  it('matches the town hall SIRET to its commune', () => {
    expect(siretMatchesSiren('21340276100018', '213402761')).toBe(true);
    expect(siretMatchesSiren('213 402 761 00018', ' 213402761')).toBe(true);
  });

  it('does not match another commune, nor malformed values', () => {
    expect(siretMatchesSiren('21340276100018', '218101442')).toBe(false);
    expect(siretMatchesSiren('2134027610001', '213402761')).toBe(false);
    expect(siretMatchesSiren('21340276100018', '21340276')).toBe(false);
    expect(siretMatchesSiren('21340276100018', '')).toBe(false);
  });
});
