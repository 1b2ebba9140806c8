import { describe, expect, it } from 'vitest';
import { communeCodeOf, departmentCodeOf, departmentOfCommune, postalCodeOf, uaiPrefixOf } from './territory-codes.rules.js';

describe('territory codes as files write them', () => {
  it('reads départements with or without leading zeros, Corsica and overseas', () => {
    for (const [input, code] of [['034', '34'], ['34', '34'], [' 81 ', '81'], ['9', '09'], ['09', '09'], ['009', '09'], ['2A', '2A'], ['02a', '2A'],
      ['2B', '2B'], ['971', '971'], ['976', '976']] as const) {
      expect(departmentCodeOf(input), input).toBe(code);
    }
    for (const bad of ['20', '96', '975', '00', 'XX', '']) expect(departmentCodeOf(bad), bad).toBeNull();
  });

  it('reads commune codes with a lost leading zero, in any case', () => {
    expect(communeCodeOf('34276')).toBe('34276');
    expect(communeCodeOf('9122')).toBe('09122');
    expect(communeCodeOf('2a004')).toBe('2A004');
    expect(communeCodeOf('97101')).toBe('97101');
    for (const bad of ['342', '342766', '3A276', 'abcde']) expect(communeCodeOf(bad), bad).toBeNull();
  });

  it('finds a commune’s département, on three characters overseas', () => {
    expect(departmentOfCommune('34276')).toBe('34');
    expect(departmentOfCommune('2A004')).toBe('2A');
    expect(departmentOfCommune('97101')).toBe('971');
  });

  it('pads postal codes and gives UAI prefixes', () => {
    expect(postalCodeOf('1300')).toBe('01300');
    expect(postalCodeOf('34 270')).toBe('34270');
    expect(postalCodeOf('3427')).toBe('03427');
    expect(postalCodeOf('ABCDE')).toBeNull();
    expect([uaiPrefixOf('34'), uaiPrefixOf('09'), uaiPrefixOf('2A'), uaiPrefixOf('2B'), uaiPrefixOf('971')]).toEqual(['034', '009', '620', '720', '971']);
  });
});
