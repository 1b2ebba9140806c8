import { describe, expect, test } from 'vitest';
import { centsToEuros, eurosToCents } from './euroAmounts';

describe('amounts in euros ↔ cents', () => {
  test.each([
    ['45', 4500],
    ['45,5', 4550],
    ['45,50 €', 4550],
    ['45.05', 4505],
    ['1 000,00', 100000],
    ['1\u202f000', 100000],
    ['0', 0],
  ])('« %s » is %i cents', (typed, cents) => {
    expect(eurosToCents(typed)).toBe(cents);
  });

  test.each(['', 'quarante-cinq', '-45', '45,555', '4,5,0', '45,'])('« %s » is not an amount', (typed) => {
    expect(eurosToCents(typed)).toBeUndefined();
  });

  test('cents are shown as the French amount they are, and read back the same', () => {
    expect([4500, 4550, 5, 100000].map(centsToEuros)).toEqual(['45,00', '45,50', '0,05', '1000,00']);
    expect([4500, 4550, 5, 100000].map((cents) => eurosToCents(centsToEuros(cents)))).toEqual([4500, 4550, 5, 100000]);
  });
});
