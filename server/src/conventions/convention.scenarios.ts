import type { EntityManager } from '../database/orm.js';
import { graphql } from '../test-support/generated/index.js';
import type { TestClient } from '../test-support/test-server.js';
import { Academy } from '../territory/academy.entity.js';
import { seedSchool, seedSourceSchools, type SchoolScenario } from '../schools/school.scenarios.js';
import { SchoolKind } from '../schools/school.enums.js';
import { uaiOf } from '../schools/uai.rules.js';
import { LESCURE_ELEMENTAIRE, LESCURE_MATERNELLE } from '../demo/source-documents.js';
import { Campaign } from './campaign.entity.js';
import { LESCURE_2023, SAINT_MATHIEU_2022 } from './deliberation.scenarios.js';

export { AGNES_GELLY, LES_FONTANILLES, LESCURE, SAINT_MATHIEU } from '../schools/school.scenarios.js';
export const LESCURE_SCHOOLS = [LESCURE_MATERNELLE.uai, LESCURE_ELEMENTAIRE.uai];

/** The campaigns of the source documents: 45 € per school both years, each académie's end date. */
export const MONTPELLIER_2022 = { schoolYear: '2022-2023', academyCode: '11', unitPriceCents: 4500, conventionEndDate: '2023-10-31', signatoryName: 'Sophie Béjean', signatoryTitle: 'Rectrice de la région académique Occitanie, rectrice de l’académie de Montpellier, chancelière des universités' };
export const TOULOUSE_2023 = { schoolYear: '2023-2024', academyCode: '16', unitPriceCents: 4500, conventionEndDate: '2024-09-05', signatoryName: 'Sophie Béjean', signatoryTitle: 'Rectrice de région académique' };

/** The source schools and both campaigns, written directly (the campaign API has its own tests). */
export async function seedConventionScenario(em: EntityManager): Promise<SchoolScenario> {
  const schools = await seedSourceSchools(em);
  for (const { academyCode, ...campaign } of [MONTPELLIER_2022, TOULOUSE_2023]) {
    em.create(Campaign, { ...campaign, academy: em.getReference(Academy, academyCode), dataControllerWording: 'la région académique Occitanie' });
  }
  await em.flush();
  return schools;
}

/** Public primary schools in a commune, numbered from `first` (UAI 0{first}…): each test gets communes of its own. */
export async function seedCommuneSchools(em: EntityManager, communeInseeCode: string, departmentCode: string, first: number, count = 1): Promise<string[]> {
  const uais: string[] = [];
  for (let i = 0; i < count; i++) {
    const uai = uaiOf(first + i);
    await seedSchool(em, { uai, name: `École primaire publique n° ${first + i}`, kind: SchoolKind.PRIMAIRE, communeInseeCode, departmentCode });
    uais.push(uai);
  }
  await em.flush();
  return uais;
}

/** Hérault communes other than Saint-Mathieu-de-Tréviers, with their SIREN, for tests that need a commune each. */
export const MONTPELLIER = { inseeCode: '34172', siren: '213401722' };
export const LUNEL = '34145';
export const SETE = '34301';
export const BEZIERS = '34032';
export const AGDE = '34003';

/** The deliberations as the API takes them: the register extracts' figures, number and secretary. */
export const LESCURE_DELIBERATION = { ...LESCURE_2023, number: '48/2023', secretary: 'Marie LACAN' };
export const SAINT_MATHIEU_DELIBERATION = {
  ...SAINT_MATHIEU_2022, number: '2022-10-062', secretary: 'Cécile COMELLI',
  actesId: '034-213402761-20221028-2022-10-062-DE', transmittedOn: '2022-11-02', receivedOn: '2022-11-02', publishedOn: '2022-11-21',
};

export const ConventionFields = graphql(`
  fragment ConventionFields on Convention {
    id schoolYear status amountCents totalAmountCents unitPriceCents endsOn sentOn communeSignedOn academySignedOn allowedTransitions
    commune { inseeCode } schools { uai }
    deliberation { number actesId adopted quorumReached warnings }
  }
`);

export const CreateConvention = graphql(`
  mutation ScenarioCreateConvention($input: CreateConventionInput!) { createConvention(input: $input) { ...ConventionFields } }
`);
export const SendConvention = graphql(`mutation ScenarioSendConvention($id: ID!) { sendConvention(id: $id) { ...ConventionFields } }`);
export const RecordDeliberation = graphql(`
  mutation ScenarioRecordDeliberation($id: ID!, $input: DeliberationInput!) { recordDeliberation(conventionId: $id, input: $input) { ...ConventionFields } }
`);
export const SignConvention = graphql(`
  mutation ScenarioSignConvention($id: ID!, $input: SignatureInput!) { signConvention(id: $id, input: $input) { ...ConventionFields } }
`);

/** A convention taken through the workflow up to `until` with the API, as the academic team would. */
export async function conventionUpTo(
  client: TestClient,
  input: { communeInseeCode: string; schoolYear: string; schoolUais: string[] },
  until: 'DRAFT' | 'SENT' | 'DELIBERATED' | 'SIGNED',
  deliberation = LESCURE_DELIBERATION,
): Promise<string> {
  const created = await client.gql(CreateConvention, { input });
  if (!created.data) throw new Error(`createConvention failed: ${JSON.stringify(created.errors)}`);
  const id = created.data.createConvention.id;
  const steps = [
    ['SENT', () => client.gql(SendConvention, { id })],
    ['DELIBERATED', () => client.gql(RecordDeliberation, { id, input: deliberation })],
    ['SIGNED', () => client.gql(SignConvention, { id, input: { communeSignedOn: '2023-09-28', academySignedOn: '2023-10-02' } })],
  ] as const;
  for (const [status, step] of steps.slice(0, steps.findIndex(([s]) => s === until) + 1)) {
    const { errors } = await step();
    if (errors) throw new Error(`${status} failed: ${JSON.stringify(errors)}`);
  }
  return id;
}
