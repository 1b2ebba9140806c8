import { describe, expect, it } from 'vitest';
import { checkUai } from '../schools/uai.rules.js';
import { resolveColumns, valuesOf } from './csv-columns.rules.js';
import { DIRECTORY_HEADER, directoryRows, loadDirectoryReference } from './directory-generator.js';
import { readSchoolRow, SCHOOL_COLUMNS } from './school-row.rules.js';
import { uaiPrefixOf } from './territory-codes.rules.js';

describe('generated national directory', async () => {
  const reference = await loadDirectoryReference(false);
  const rows = [...directoryRows(reference, { schools: 2000, seed: 1 })];
  const column = (name: (typeof DIRECTORY_HEADER)[number]) => DIRECTORY_HEADER.indexOf(name);

  it('is the same for the same seed, different for another', () => {
    expect([...directoryRows(reference, { schools: 50, seed: 1 })]).toEqual(rows.slice(0, 50));
    expect([...directoryRows(reference, { schools: 50, seed: 2 })]).not.toEqual(rows.slice(0, 50));
  });

  it('has unique valid UAIs with their département’s prefix, in real communes of the served académies', () => {
    const communes = new Map(reference.communes.map((c) => [c.code, c]));
    const uais = rows.map((row) => row[column('Identifiant_de_l_etablissement')]!);
    expect(new Set(uais).size).toBe(rows.length);
    for (const row of rows) {
      const commune = communes.get(row[column('Code_commune')]!);
      expect(commune?.nom).toBe(row[column('Nom_commune')]);
      expect(checkUai(row[column('Identifiant_de_l_etablissement')]!).valid).toBe(true);
      expect(row[column('Identifiant_de_l_etablissement')]!.startsWith(uaiPrefixOf(commune!.departement))).toBe(true);
    }
    const toulouse = rows.filter((row) => row[column('Code_commune')] === '31555').length;
    const smallest = rows.filter((row) => (communes.get(row[column('Code_commune')]!)!.population ?? 0) < 200).length;
    expect(toulouse).toBeGreaterThan(smallest); // drawn by population
  });

  it('mixes kinds, ~5 % private schools and a few closed ones', () => {
    const share = (name: (typeof DIRECTORY_HEADER)[number], value: string) => rows.filter((row) => row[column(name)] === value).length / rows.length;
    expect(share('Statut_public_prive', 'Privé')).toBeGreaterThan(0.03);
    expect(share('Statut_public_prive', 'Privé')).toBeLessThan(0.07);
    expect(share('etat', 'FERME')).toBeGreaterThan(0.002);
    expect(share('etat', 'FERME')).toBeLessThan(0.02);
    for (const [m, e] of [['1', '0'], ['0', '1'], ['1', '1']]) {
      expect(rows.filter((row) => row[column('Ecole_maternelle')] === m && row[column('Ecole_elementaire')] === e).length).toBeGreaterThan(400);
    }
  });

  it('gives rows the import accepts: public open schools as records, the rest ignored, none rejected', () => {
    const resolved = resolveColumns(DIRECTORY_HEADER, SCHOOL_COLUMNS);
    if (!resolved.ok) throw new Error(resolved.missing.join());
    const departments = new Set(reference.communes.map((c) => c.departement));
    const verdicts = rows.map((row) => readSchoolRow(valuesOf(row, resolved.columns), departments).kind);
    expect(verdicts).not.toContain('rejected');
    expect(verdicts.filter((v) => v === 'record').length).toBeGreaterThan(1850);
  });
});
