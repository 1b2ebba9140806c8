import { describe, expect, it } from 'vitest';
import { checkUai, uaiCheckLetter, uaiOf } from './uai.rules.js';

describe('UAI check letter', () => {
  it('accepts the two schools of the Saint-Mathieu-de-Tréviers convention (Article 9)', () => {
    expect(checkUai('0340711N')).toEqual({ valid: true, uai: '0340711N' });
    expect(checkUai('0340990S')).toEqual({ valid: true, uai: '0340990S' });
  });

  it('computes the letter as the 7 digits mod 23 in the alphabet without I, O, Q', () => {
    expect(uaiCheckLetter('0340711')).toBe('N'); // 340711 mod 23 = 12
    expect(uaiCheckLetter('0340990')).toBe('S'); // 340990 mod 23 = 15
    expect(uaiCheckLetter('0000000')).toBe('A');
    expect(uaiCheckLetter('0000022')).toBe('Z');
    const letters = new Set(Array.from({ length: 23 }, (_, n) => uaiCheckLetter(String(n).padStart(7, '0'))));
    expect([...letters].sort().join('')).toBe('ABCDEFGHJKLMNPRSTUVWXYZ');
  });

  it('rejects a wrong check letter and says which one is expected', () => {
    const result = checkUai('0340711A');
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toContain('est N, pas A');
  });

  it('normalises case and spaces, rejects malformed codes', () => {
    expect(checkUai(' 0340711n ')).toEqual({ valid: true, uai: '0340711N' });
    for (const bad of ['', '034071N', '03407111N', 'A340711N', '0340711', '0340711-N']) expect(checkUai(bad).valid).toBe(false);
  });

  it('makes valid UAIs from numbers', () => {
    expect(uaiOf(340711)).toBe('0340711N');
    for (const n of [1, 811234, 9_999_999]) expect(checkUai(uaiOf(n)).valid).toBe(true);
  });
});
