import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { seedSchool } from '../schools/school.scenarios.js';
import { SchoolKind, SchoolSector } from '../schools/school.enums.js';
import { uaiOf } from '../schools/uai.rules.js';
import {
  AGDE, AGNES_GELLY, BEZIERS, CreateConvention, LES_FONTANILLES, LESCURE, LESCURE_DELIBERATION, LESCURE_SCHOOLS, LUNEL, MONTPELLIER,
  RecordDeliberation, SAINT_MATHIEU, SAINT_MATHIEU_DELIBERATION, SETE, SendConvention, SignConvention, conventionUpTo, seedCommuneSchools, seedConventionScenario,
} from './convention.scenarios.js';

const CancelConvention = graphql(`mutation ApiCancelConvention($id: ID!, $reason: String!) { cancelConvention(id: $id, reason: $reason) { id status cancelledOn allowedTransitions } }`);
const ConventionQuery = graphql(`
  query ApiConvention($id: ID!) {
    convention(id: $id) { id status amountCents totalAmountCents schools { uai } deliberations { number adopted } amendments { number amountCents signed schools { uai } } }
  }
`);
const SetSchools = graphql(`mutation ApiSetSchools($id: ID!, $uais: [String!]!) { setConventionSchools(id: $id, schoolUais: $uais) { amountCents schools { uai } } }`);
const Amend = graphql(`mutation ApiAmend($id: ID!, $uais: [String!]!) { amendConvention(id: $id, schoolUais: $uais) { amountCents totalAmountCents amendments { id number amountCents signed schools { uai } } } }`);
const SignAmendment = graphql(`mutation ApiSignAmendment($id: ID!, $input: SignatureInput!) { signAmendment(id: $id, input: $input) { amendments { number signed } } }`);
const SaveCampaign = graphql(`mutation ApiSaveCampaign($input: CampaignInput!) { saveCampaign(input: $input) { id unitPriceCents conventionEndDate } }`);

const MONTPELLIER_2022 = { schoolYear: '2022-2023', academyCode: '11', unitPriceCents: 4500, conventionEndDate: '2023-10-31', signatoryName: 'Sophie Béjean', signatoryTitle: 'Rectrice de région académique' };

describe.each(drivers)('conventions workflow (%s)', (driver) => {
  let server: TestServer;
  let team: TestClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedConventionScenario(server.em());
    team = await server.signIn();
  });
  afterAll(() => server?.close());

  const convention = async (id: string) => (await team.gql(ConventionQuery, { id })).data!.convention!;

  it('Lescure-d’Albigeois 2023-2024: 2 schools → 9 000 cents; 27 in office, 24 present, 1 proxy, 25 unanimous → DELIBERATED; then SIGNED', async () => {
    const created = await team.gql(CreateConvention, { input: { communeInseeCode: LESCURE, schoolYear: '2023-2024', schoolUais: [...LESCURE_SCHOOLS, LESCURE_SCHOOLS[0]!.toLowerCase()] } });
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createConvention;
    expect(draft).toMatchObject({ schoolYear: '2023-2024', status: 'DRAFT', amountCents: 9000, unitPriceCents: 4500, endsOn: '2024-09-05', commune: { inseeCode: LESCURE }, deliberation: null });
    expect(draft.schools.map((s) => s.uai).sort()).toEqual([...LESCURE_SCHOOLS].sort());
    expect(draft.allowedTransitions).toEqual(['SENT', 'CANCELLED']);

    const sent = await team.gql(SendConvention, { id: draft.id });
    expect(sent.data?.sendConvention).toMatchObject({ status: 'SENT', allowedTransitions: ['DELIBERATED', 'CANCELLED'] });

    const deliberated = await team.gql(RecordDeliberation, { id: draft.id, input: LESCURE_DELIBERATION });
    expect(deliberated.errors).toBeUndefined();
    expect(deliberated.data?.recordDeliberation).toMatchObject({ status: 'DELIBERATED', deliberation: { number: '48/2023', adopted: true, quorumReached: true, actesId: null, warnings: [] } });

    const early = await team.gql(SignConvention, { id: draft.id, input: { communeSignedOn: '2023-09-24', academySignedOn: '2023-10-02' } });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeSignedOn' });
    const signed = await team.gql(SignConvention, { id: draft.id, input: { communeSignedOn: '2023-09-28', academySignedOn: '2023-10-02' } });
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.signConvention).toMatchObject({ status: 'SIGNED', amountCents: 9000, communeSignedOn: '2023-09-28', academySignedOn: '2023-10-02', allowedTransitions: ['EXPIRED'] });
  });

  it('Saint-Mathieu-de-Tréviers: 18 present, 6 proxies, 3 absent, 24 for; both printed ACTES identifiers stored normalised, their dates only warned', async () => {
    const schools = [AGNES_GELLY, LES_FONTANILLES];
    const first = await conventionUpTo(team, { communeInseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', schoolUais: schools }, 'SENT');
    const stamped = await team.gql(RecordDeliberation, { id: first, input: SAINT_MATHIEU_DELIBERATION });
    expect(stamped.errors).toBeUndefined();
    expect(stamped.data?.recordDeliberation).toMatchObject({ status: 'DELIBERATED', amountCents: 9000, deliberation: { actesId: '034-213402761-20221028-2022-10-062-DE', adopted: true, quorumReached: true } });
    expect(stamped.data?.recordDeliberation.deliberation?.warnings).toEqual([expect.stringContaining('28/10/2022')]);

    // Cancelling releases the schools; a new convention takes them, with the variant printed on the convention.
    const cancelled = await team.gql(CancelConvention, { id: first, reason: 'Saisie en double' });
    expect(cancelled.data?.cancelConvention).toMatchObject({ status: 'CANCELLED', allowedTransitions: [] });
    const second = await conventionUpTo(team, { communeInseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', schoolUais: schools }, 'SENT');
    const printed = await team.gql(RecordDeliberation, { id: second, input: { ...SAINT_MATHIEU_DELIBERATION, actesId: '34-213402761-20221005-2022-10-062-DE' } });
    expect(printed.errors).toBeUndefined();
    expect(printed.data?.recordDeliberation.deliberation).toMatchObject({ actesId: '034-213402761-20221005-2022-10-062-DE', adopted: true });
    expect(printed.data?.recordDeliberation.deliberation?.warnings).toEqual([expect.stringContaining('05/10/2022')]);
  });

  it('refuses an ACTES identifier of another commune (wrong SIREN) on actesId, and records nothing', async () => {
    const [school] = await seedCommuneSchools(server.em(), MONTPELLIER.inseeCode, '34', 341001);
    const id = await conventionUpTo(team, { communeInseeCode: MONTPELLIER.inseeCode, schoolYear: '2022-2023', schoolUais: [school!] }, 'SENT');
    const wrong = await team.gql(RecordDeliberation, { id, input: SAINT_MATHIEU_DELIBERATION });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actesId' });
    expect(wrong.errors?.[0]?.message).toContain('213402761');
    const late = await team.gql(RecordDeliberation, { id, input: { ...SAINT_MATHIEU_DELIBERATION, actesId: `034-${MONTPELLIER.siren}-20221103-2022-10-062-DE` } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actesId' }); // decided after its receipt
    const nature = await team.gql(RecordDeliberation, { id, input: { ...SAINT_MATHIEU_DELIBERATION, actesId: `034-${MONTPELLIER.siren}-20221028-2022-10-062-XX` } });
    expect(nature.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actesId' });
    expect(await convention(id)).toMatchObject({ status: 'SENT', deliberations: [] });
  });

  it('names the field of each violated CGCT rule: quorum, attendance, vote sums, tie; nothing recorded', async () => {
    const [school] = await seedCommuneSchools(server.em(), LUNEL, '34', 341002);
    const id = await conventionUpTo(team, { communeInseeCode: LUNEL, schoolYear: '2022-2023', schoolUais: [school!] }, 'SENT');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ present: 13, represented: 5, absent: 9, voters: 18, votesFor: 18 }, 'present'], // 13 of 27: quorum is 14
      [{ absent: 3 }, 'membersInOffice'], // 24 + 1 + 3 ≠ 27
      [{ votesFor: 24 }, 'votesFor'], // 24 + 0 + 0 ≠ 25 voters
      [{ voters: 26, votesFor: 26 }, 'voters'], // more voters than present and represented
      [{ votesFor: 12, votesAgainst: 12, abstentions: 1 }, 'presidentVote'], // open vote tie without the president's vote
      [{ secondConvocation: true, firstMeetingDate: '2023-09-23' }, 'firstMeetingDate'], // only two days before
      [{ transmittedOn: '2023-09-20' }, 'transmittedOn'],
    ];
    for (const [change, field] of cases) {
      const { errors } = await team.gql(RecordDeliberation, { id, input: { ...LESCURE_DELIBERATION, ...change } });
      expect({ field, extensions: errors?.[0]?.extensions }).toMatchObject({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const quorum = await team.gql(RecordDeliberation, { id, input: { ...LESCURE_DELIBERATION, present: 13, represented: 5, absent: 9, voters: 18, votesFor: 18 } });
    expect(quorum.errors?.[0]?.message).toContain('Quorum non atteint');
    expect(quorum.errors?.[0]?.extensions.violations).toEqual([{ field: 'present', message: expect.stringContaining('au moins 14') }]);
    expect(await convention(id)).toMatchObject({ status: 'SENT', deliberations: [] });
    const secondConvocation = await team.gql(RecordDeliberation, { id, input: { ...LESCURE_DELIBERATION, present: 13, represented: 5, absent: 9, voters: 18, votesFor: 18, secondConvocation: true, firstMeetingDate: '2023-09-20' } });
    expect(secondConvocation.data?.recordDeliberation).toMatchObject({ status: 'DELIBERATED', deliberation: { adopted: true, quorumReached: false } });
  });

  it('keeps a convention SENT after a rejected deliberation, and DELIBERATED after a later adopted one', async () => {
    const [school] = await seedCommuneSchools(server.em(), SETE, '34', 341003);
    const id = await conventionUpTo(team, { communeInseeCode: SETE, schoolYear: '2022-2023', schoolUais: [school!] }, 'SENT');
    const rejected = await team.gql(RecordDeliberation, { id, input: { ...LESCURE_DELIBERATION, number: '40/2023', votesFor: 10, votesAgainst: 12, abstentions: 3 } });
    expect(rejected.data?.recordDeliberation).toMatchObject({ status: 'SENT', deliberation: { number: '40/2023', adopted: false } });
    const tie = await team.gql(RecordDeliberation, { id, input: { ...LESCURE_DELIBERATION, number: '44/2023', votesFor: 12, votesAgainst: 12, abstentions: 1, presidentVote: 'FOR' } });
    expect(tie.data?.recordDeliberation).toMatchObject({ status: 'DELIBERATED', deliberation: { number: '44/2023', adopted: true } });
    expect((await convention(id)).deliberations).toEqual([{ number: '40/2023', adopted: false }, { number: '44/2023', adopted: true }]);
    const again = await team.gql(RecordDeliberation, { id, input: LESCURE_DELIBERATION });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'DELIBERATED' });
  });

  it('enforces the status machine on the server: disallowed transitions are CONFLICT', async () => {
    const [school] = await seedCommuneSchools(server.em(), BEZIERS, '34', 341004);
    const { data } = await team.gql(CreateConvention, { input: { communeInseeCode: BEZIERS, schoolYear: '2022-2023', schoolUais: [school!] } });
    const id = data!.createConvention.id;
    const signDraft = await team.gql(SignConvention, { id, input: { communeSignedOn: '2022-11-01', academySignedOn: '2022-11-02' } });
    expect(signDraft.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'DRAFT' });
    const deliberateDraft = await team.gql(RecordDeliberation, { id, input: LESCURE_DELIBERATION });
    expect(deliberateDraft.errors?.[0]?.extensions.code).toBe('CONFLICT');
    await team.gql(SendConvention, { id });
    expect((await team.gql(SendConvention, { id })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    await team.gql(RecordDeliberation, { id, input: LESCURE_DELIBERATION });
    await team.gql(SignConvention, { id, input: { communeSignedOn: '2023-09-28', academySignedOn: '2023-09-29' } });
    const cancelSigned = await team.gql(CancelConvention, { id, reason: 'Changement d’avis' });
    expect(cancelSigned.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'SIGNED' });
    expect(cancelSigned.errors?.[0]?.message).toContain('résili');
    expect((await team.gql(CancelConvention, { id, reason: '  ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await team.gql(SendConvention, { id: '999999' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a school already in a convention that year (CONFLICT), and unknown, private, closed or another commune’s schools (BAD_USER_INPUT)', async () => {
    const [own, closed] = await seedCommuneSchools(server.em(), AGDE, '34', 341010, 2);
    const privateUai = uaiOf(341012);
    const em = server.em();
    await seedSchool(em, { uai: privateUai, name: 'École privée Sainte-Marie', kind: SchoolKind.PRIMAIRE, communeInseeCode: AGDE, departmentCode: '34', sector: SchoolSector.PRIVATE });
    await em.flush();
    await rows(server.em(), sqlBuilder(server.em()).updateTable('school').set({ status: 'CLOSED' }).where('uai', '=', closed!));
    const create = (schoolUais: string[]) => team.gql(CreateConvention, { input: { communeInseeCode: AGDE, schoolYear: '2022-2023', schoolUais } });
    for (const [uais, message] of [[[uaiOf(341099)], 'Aucune école'], [[privateUai], 'privée'], [[closed!], 'fermée'], [[AGNES_GELLY], 'à la charge de la commune 34276'], [['0341010A'], 'lettre'], [[], 'au moins une']] as const) {
      const { errors } = await create([...uais]);
      expect({ message: errors?.[0]?.message, extensions: errors?.[0]?.extensions }).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT', field: 'schoolUais' } });
    }
    expect((await create([own!])).errors).toBeUndefined();
    const duplicate = await create([own!]);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('changes a draft’s schools and amount; freezes the amount at signature; adds schools after it by an amendment with its own amount', async () => {
    const [a, b, c] = await seedCommuneSchools(server.em(), '34120', '34', 341020, 3); // Jacou
    const { data } = await team.gql(CreateConvention, { input: { communeInseeCode: '34120', schoolYear: '2022-2023', schoolUais: [a!] } });
    const id = data!.createConvention.id;
    expect((await team.gql(SetSchools, { id, uais: [a!, b!] })).data?.setConventionSchools.amountCents).toBe(9000);
    // The campaign's price applies until signature.
    expect((await team.gql(SaveCampaign, { input: { ...MONTPELLIER_2022, unitPriceCents: 5000 } })).errors).toBeUndefined();
    expect((await convention(id)).amountCents).toBe(10_000);
    await team.gql(SaveCampaign, { input: MONTPELLIER_2022 });
    expect((await convention(id)).amountCents).toBe(9000);
    await team.gql(SendConvention, { id });
    expect((await team.gql(SetSchools, { id, uais: [a!] })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    await team.gql(RecordDeliberation, { id, input: LESCURE_DELIBERATION });
    await team.gql(SignConvention, { id, input: { communeSignedOn: '2023-09-28', academySignedOn: '2023-09-29' } });
    await team.gql(SaveCampaign, { input: { ...MONTPELLIER_2022, unitPriceCents: 6000 } });
    expect((await convention(id)).amountCents).toBe(9000); // frozen
    await team.gql(SaveCampaign, { input: MONTPELLIER_2022 });

    const amended = await team.gql(Amend, { id, uais: [a!, c!] });
    expect(amended.errors).toBeUndefined();
    expect(amended.data?.amendConvention).toMatchObject({ amountCents: 9000, totalAmountCents: 13_500, amendments: [{ number: 1, amountCents: 4500, signed: false, schools: [{ uai: c }] }] });
    expect((await team.gql(Amend, { id, uais: [c!] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolUais' });
    const amendmentId = amended.data!.amendConvention.amendments[0]!.id;
    const signed = await team.gql(SignAmendment, { id: amendmentId, input: { communeSignedOn: '2023-10-10', academySignedOn: '2023-10-12' } });
    expect(signed.data?.signAmendment.amendments).toEqual([{ number: 1, signed: true }]);
    expect((await team.gql(SignAmendment, { id: amendmentId, input: { communeSignedOn: '2023-10-10', academySignedOn: '2023-10-12' } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await convention(id)).schools.map((s) => s.uai).sort()).toEqual([a, b, c].sort());
  });

  it('validates campaigns: school year, end date, académie; creates then updates the same campaign', async () => {
    const bad = [
      [{ schoolYear: '2022-2024' }, 'schoolYear'], [{ conventionEndDate: '2022-08-31' }, 'conventionEndDate'], [{ conventionEndDate: '2024-01-01' }, 'conventionEndDate'],
      [{ academyCode: '99' }, 'academyCode'], [{ unitPriceCents: -1 }, 'unitPriceCents'], [{ signatoryName: ' ' }, 'signatoryName'],
    ] as const;
    for (const [change, field] of bad) {
      const { errors } = await team.gql(SaveCampaign, { input: { ...MONTPELLIER_2022, ...change } });
      expect({ field, extensions: errors?.[0]?.extensions }).toMatchObject({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const opened = await team.gql(SaveCampaign, { input: { ...MONTPELLIER_2022, schoolYear: '2024-2025', conventionEndDate: '2025-10-31' } });
    const updated = await team.gql(SaveCampaign, { input: { ...MONTPELLIER_2022, schoolYear: '2024-2025', conventionEndDate: '2025-10-30' } });
    expect(updated.data?.saveCampaign).toEqual({ id: opened.data!.saveCampaign.id, unitPriceCents: 4500, conventionEndDate: '2025-10-30' });
  });
});
