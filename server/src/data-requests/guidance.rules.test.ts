import { describe, expect, it } from 'vitest';
import { LegalBasis } from '../processing-register/processing.enums.js';
import { DataSubjectRight as R, RefusalGround } from './data-request.enums.js';
import { Applicability, guidanceFor } from './guidance.rules.js';

describe('guidance per right', () => {
  it('proposes Art. 20(3) for portability under a public task (the ENT, convention article 8)', () => {
    const [portability] = guidanceFor([R.PORTABILITY], LegalBasis.PUBLIC_TASK);
    expect(portability).toMatchObject({ applicability: Applicability.NOT_APPLICABLE, article: 'RGPD, art. 20, §3', proposedRefusal: { ground: RefusalGround.EXCEPTION } });
    expect(portability!.proposedRefusal!.detail).toMatch(/mission d’intérêt public/);
  });

  it('limits erasure under a public task or a legal obligation (Art. 17(3)(b))', () => {
    for (const basis of [LegalBasis.PUBLIC_TASK, LegalBasis.LEGAL_OBLIGATION]) {
      expect(guidanceFor([R.ERASURE], basis)[0]).toMatchObject({ applicability: Applicability.LIMITED, article: 'RGPD, art. 17, §3, b)' });
    }
    expect(guidanceFor([R.ERASURE], LegalBasis.CONSENT)[0]).toMatchObject({ applicability: Applicability.APPLIES, proposedRefusal: null });
  });

  it('lets portability apply under consent or contract, objection under a public task', () => {
    expect(guidanceFor([R.PORTABILITY], LegalBasis.CONTRACT)[0]!.applicability).toBe(Applicability.APPLIES);
    expect(guidanceFor([R.OBJECTION], LegalBasis.PUBLIC_TASK)[0]!.applicability).toBe(Applicability.LIMITED);
    expect(guidanceFor([R.OBJECTION], LegalBasis.CONSENT)[0]!.applicability).toBe(Applicability.NOT_APPLICABLE);
  });

  it('assumes the ENT’s public task when no processing is linked, and keeps the order of the rights', () => {
    const guidance = guidanceFor([R.ACCESS, R.PORTABILITY, R.POST_MORTEM_DIRECTIVES], null);
    expect(guidance.map((g) => [g.right, g.applicability])).toEqual([
      [R.ACCESS, Applicability.APPLIES], [R.PORTABILITY, Applicability.NOT_APPLICABLE], [R.POST_MORTEM_DIRECTIVES, Applicability.APPLIES],
    ]);
  });
});
