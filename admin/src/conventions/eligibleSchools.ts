import type { EligibleSchoolFragment, EligibleSchoolsQuery } from '../graphql/generated/graphql';

type Payer = EligibleSchoolsQuery['groupings']['nodes'][number]['payers'][number];

/**
 * The schools a commune may tick in its convention, as the server will check them (enrolment.rules.ts):
 * public and open, and paid by that commune — its own, unless a grouping (RPI) makes another member pay,
 * plus the schools of other members that a grouping makes it pay for. Sorted by name. Whether a school
 * is already enrolled elsewhere this year the API does not say: the server refuses it on saving.
 */
export function eligibleSchoolsOf(communeInseeCode: string, ownSchools: readonly EligibleSchoolFragment[], payers: readonly Payer[]): EligibleSchoolFragment[] {
  const payerOf = new Map(payers.map((payer) => [payer.school.uai, payer.payingCommune.inseeCode]));
  const isOpenPublic = (school: EligibleSchoolFragment) => school.sector === 'PUBLIC' && school.status === 'OPEN';
  const paidHere = (school: EligibleSchoolFragment) => (payerOf.get(school.uai) ?? school.commune.inseeCode) === communeInseeCode;
  const byUai = new Map<string, EligibleSchoolFragment>();
  for (const school of [...ownSchools, ...payers.map((payer) => payer.school)]) {
    if (isOpenPublic(school) && paidHere(school)) byUai.set(school.uai, school);
  }
  return [...byUai.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
