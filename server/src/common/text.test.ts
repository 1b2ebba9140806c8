import { describe, expect, it } from 'vitest';
import { containsPattern, searchable } from './text.js';

describe('searchable names', () => {
  it('folds accents, case, ligatures and punctuation', () => {
    expect(searchable('École élémentaire publique Agnès Gelly')).toBe('ecole elementaire publique agnes gelly');
    expect(searchable("Lescure-d'Albigeois")).toBe('lescure d albigeois');
    expect(searchable('Saint-Mathieu-de-Tréviers')).toBe('saint mathieu de treviers');
    expect(searchable('Œuvre  Cœur')).toBe('oeuvre coeur');
  });

  it('makes LIKE patterns that cannot carry wildcards', () => {
    expect(containsPattern('50%_x')).toBe('%50 x%');
  });
});
