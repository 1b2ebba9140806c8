import { describe, expect, it } from 'vitest';
import { planCommuneRefresh, type CommuneState } from './commune-refresh.rules.js';
import type { CommuneRecord } from './reference-data.js';

const HERAULT = new Set(['34']);
const actual = (code: string, nom: string, extra: Partial<CommuneRecord> = {}): CommuneRecord => ({ code, nom, type: 'commune-actuelle', departement: '34', population: 1000, codesPostaux: ['34000'], ...extra });
const held = (record: CommuneRecord): CommuneState => ({
  inseeCode: record.code, name: record.nom, departmentCode: record.departement, siren: record.siren ?? null,
  postalCodes: (record.codesPostaux ?? []).join(' '), population: record.population ?? null, active: true, mergedIntoInseeCode: null,
});

describe('commune reference refresh', () => {
  const saintMathieu = actual('34276', 'Saint-Mathieu-de-Tréviers', { siren: '213402761', codesPostaux: ['34270'], population: 4979 });
  const base = [held(saintMathieu), held(actual('34001', 'Ancienne A')), held(actual('34002', 'Ancienne B')), held(actual('34003', 'Disparue'))];

  it('changes nothing when the reference is the same', () => {
    const reference = [saintMathieu, actual('34001', 'Ancienne A'), actual('34002', 'Ancienne B'), actual('34003', 'Disparue')];
    expect(planCommuneRefresh(base, reference, HERAULT)).toEqual({ added: [], updated: [], renamed: [], merged: [] });
  });

  it('adds new communes, updates and renames changed ones, marks merged ones with their successor', () => {
    const nouvelle = actual('34001', 'Commune-Nouvelle-du-Lez', { anciensCodes: ['34002'], population: 2500 });
    const reference = [
      { ...saintMathieu, population: 5100 },
      nouvelle,
      // The chef-lieu's delegated commune keeps the commune nouvelle's code; the other one names it.
      { code: '34001', nom: 'Ancienne A', type: 'commune-deleguee', departement: '34', chefLieu: '34001' },
      { code: '34002', nom: 'Ancienne B', type: 'commune-deleguee', departement: '34', chefLieu: '34001' },
      actual('34400', 'Nouvelle commune'),
      actual('81004', 'Albi', { departement: '81' }),
    ];
    const plan = planCommuneRefresh(base, reference, HERAULT);
    expect(plan.added.map((c) => c.code)).toEqual(['34400']);
    expect(plan.renamed).toEqual([{ inseeCode: '34001', from: 'Ancienne A', to: 'Commune-Nouvelle-du-Lez' }]);
    expect(plan.updated.map((u) => [u.record.code, u.changes])).toEqual([
      ['34276', { population: [4979, 5100] }],
      ['34001', { name: ['Ancienne A', 'Commune-Nouvelle-du-Lez'], population: [1000, 2500] }],
    ]);
    expect(plan.merged).toEqual([
      { inseeCode: '34002', name: 'Ancienne B', into: '34001' },
      { inseeCode: '34003', name: 'Disparue', into: null },
    ]);
  });

  it('follows successive mergers, leaves already merged communes alone, brings back one that returns', () => {
    const merged = { ...held(actual('34005', 'Fusionnée')), active: false, mergedIntoInseeCode: '34001' };
    const reference = [
      saintMathieu, actual('34001', 'Ancienne A'), actual('34002', 'Ancienne B'), actual('34010', 'Grande commune', { anciensCodes: ['34009'] }),
      { code: '34003', nom: 'Disparue', type: 'commune-associee', departement: '34', chefLieu: '34009' },
      { code: '34009', nom: 'Étape', type: 'commune-deleguee', departement: '34', chefLieu: '34010' },
    ];
    const plan = planCommuneRefresh([...base, merged], reference, HERAULT);
    expect(plan.merged).toEqual([{ inseeCode: '34003', name: 'Disparue', into: '34010' }]);
    const back = planCommuneRefresh([...base, merged], [...reference, actual('34005', 'Fusionnée')], HERAULT);
    expect(back.updated.find((u) => u.record.code === '34005')?.changes).toEqual({ active: [false, true], mergedIntoInseeCode: ['34001', null] });
  });
});
