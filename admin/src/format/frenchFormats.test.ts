import { describe, expect, test } from 'vitest';
import { formatDate, formatFileSize, formatInteger, formatMoney, formatPercent, ofName, withFrenchDates } from './frenchFormats';

describe('French formats', () => {
  test('a calendar date is shown as is, whatever the time zone', () => {
    expect(formatDate('2024-05-02')).toBe('02/05/2024');
  });

  test('an instant is shown as its date (and time) in Paris', () => {
    expect(formatDate('2024-05-01T22:30:00.000Z')).toBe('02/05/2024');
    expect(formatDate('2024-05-01T22:30:00.000Z', { withTime: true })).toBe('02/05/2024 00:30');
    expect(formatDate('2024-01-15T09:05:00.000Z', { withTime: true })).toBe('15/01/2024 10:05');
  });

  test('money is integer cents, shown in euros (the convention: 2 schools × 45 € = 90 €)', () => {
    expect(formatMoney(9000)).toBe('90,00\u00a0€');
    expect(formatMoney(4500)).toBe('45,00\u00a0€');
    expect(formatMoney(123456)).toBe('1\u202f234,56\u00a0€');
  });

  test('numbers use French digit grouping', () => {
    expect(formatInteger(34969)).toBe('34\u202f969');
  });

  test('percentages keep one decimal', () => {
    expect(formatPercent(18.66)).toBe('18,7\u00a0%');
    expect(formatPercent(100)).toBe('100\u00a0%');
  });

  test('file sizes in octets, ko and Mo (narrow no-break space)', () => {
    expect(formatFileSize(512)).toBe('512\u202fo');
    expect(formatFileSize(123_456)).toBe('121\u202fko');
    expect(formatFileSize(5 * 1024 * 1024 - 1)).toBe('5\u202fMo');
    expect(formatFileSize(1_300_000)).toBe('1,2\u202fMo');
  });

  test('« de » elides before a vowel', () => {
    expect(ofName('Montpellier')).toBe('de Montpellier');
    expect(ofName('Aix-Marseille')).toBe('d’Aix-Marseille');
    expect(ofName('Orléans-Tours')).toBe('d’Orléans-Tours');
  });

  test('the ISO dates of a server’s message are shown as dd/mm/yyyy, nothing else changes', () => {
    expect(withFrenchDates('La période du 2018-09-01 au 2022-08-31 couvre déjà le 2020-01-06 : l’historique n’est pas réécrit.')).toBe(
      'La période du 01/09/2018 au 31/08/2022 couvre déjà le 06/01/2020 : l’historique n’est pas réécrit.',
    );
    expect(withFrenchDates('Acte 034-213402761-20221028-2022-10-062-DE, école 0340711N')).toBe('Acte 034-213402761-20221028-2022-10-062-DE, école 0340711N');
  });
});
