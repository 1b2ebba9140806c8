/**
 * Which schools a commune may enrol in its convention for a school year: public ones (ENT-École serves
 * public schools), open ones, those it pays for (its own, unless a grouping makes another member commune
 * pay), and only once per school year (the database holds the same rule as a partial unique index).
 */

export interface EnrolmentCandidate {
  uai: string;
  name: string;
  sector: string;
  status: string;
  communeInseeCode: string;
  /** The commune that pays for it under a grouping; null: its own commune. */
  payingCommuneInseeCode: string | null;
  /** The live convention that already holds it this school year, if any. */
  enrolledInConventionId: number | null;
}

/** `input`: the person chose a wrong school (BAD_USER_INPUT); `conflict`: the school is taken (CONFLICT). */
export type EnrolmentRefusal = { kind: 'input' | 'conflict'; message: string };

export function payingCommuneOf(school: Pick<EnrolmentCandidate, 'communeInseeCode' | 'payingCommuneInseeCode'>): string {
  return school.payingCommuneInseeCode ?? school.communeInseeCode;
}

export function enrolmentRefusal(uai: string, school: EnrolmentCandidate | undefined, communeInseeCode: string, schoolYear: string): EnrolmentRefusal | null {
  if (!school) return { kind: 'input', message: `Aucune école ne porte le code UAI ${uai}.` };
  const label = `L’école ${school.uai} (${school.name})`;
  if (school.sector !== 'PUBLIC') return { kind: 'input', message: `${label} est privée : ENT-École sert les écoles publiques.` };
  if (school.status !== 'OPEN') return { kind: 'input', message: `${label} est fermée.` };
  const payer = payingCommuneOf(school);
  if (payer !== communeInseeCode) {
    return { kind: 'input', message: `${label} est à la charge de la commune ${payer} (regroupement) : c’est elle qui l’inscrit dans sa convention.` };
  }
  if (school.enrolledInConventionId !== null) {
    return { kind: 'conflict', message: `${label} est déjà inscrite pour ${schoolYear}, à la convention n° ${school.enrolledInConventionId}.` };
  }
  return null;
}
