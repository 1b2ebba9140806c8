import { longFrenchDate } from '../common/dates.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTERS } from './letter.defaults.js';
import { MISSING, render, unknownPlaceholders } from './letter.rules.js';

describe('letters', () => {
  it('writes dates as French letters do, with 1er', () => {
    expect(longFrenchDate('2024-02-29')).toBe('29 février 2024');
    expect(longFrenchDate('2023-05-01')).toBe('1er mai 2023');
  });

  it('fills the fields, shows what is not known yet, and drops a paragraph left empty', () => {
    const text = render('Réf. {{reference}}\n\n{{refusal}}\n\nRéponse le {{ answeredOn }}.', { reference: 'DPO-2024-0001', refusal: '', answeredOn: null });
    expect(text).toBe(`Réf. DPO-2024-0001\n\nRéponse le ${MISSING}.`);
  });

  it('names the unknown fields of a template, and the defaults have none', () => {
    expect(unknownPlaceholders('{{reference}} {{prenom}} {{prenom}} {{dueOn}}')).toEqual(['prenom']);
    for (const letter of Object.values(DEFAULT_LETTERS)) expect(unknownPlaceholders(letter.subject + letter.body)).toEqual([]);
  });
});
