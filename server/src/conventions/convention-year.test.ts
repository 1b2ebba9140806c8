import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { rows, sqlBuilder } from '../common/sql.js';
import {
  AGNES_GELLY, LES_FONTANILLES, LESCURE, LESCURE_SCHOOLS, MONTPELLIER_2022, SAINT_MATHIEU, SAINT_MATHIEU_DELIBERATION, conventionUpTo, seedCommuneSchools, seedConventionScenario,
} from './convention.scenarios.js';

const Funnel = graphql(`
  query YearFunnel($scope: YearScope!) {
    conventionFunnel(scope: $scope) {
      schoolYear conventions signedConventions schools expectedAmountCents signedAmountCents paidAmountCents overdueAmountCents communesWithoutConvention
      stages { status conventions schools amountCents }
    }
  }
`);
const Totals = graphql(`
  query YearTotals($scope: YearScope!) {
    conventionTotals(scope: $scope) {
      byAcademy { academy { code } department { code } conventions expectedAmountCents signedAmountCents }
      byDepartment { academy { code } department { code } conventions schools expectedAmountCents }
    }
  }
`);
const WithoutConvention = graphql(`
  query YearWithoutConvention($scope: YearScope!) { communesWithoutConvention(scope: $scope, limit: 50) { totalCount nodes { commune { inseeCode } openSchools } } }
`);
const Preview = graphql(`
  query YearRenewalPreview($from: String!) {
    conventionRenewalPreview(fromSchoolYear: $from) {
      fromSchoolYear toSchoolYear toCreate
      candidates { commune { inseeCode } fromConvention { id } schools { uai } leftOut { uai reason } amountCents existingConvention { id } skippedReason }
    }
  }
`);
const Renew = graphql(`mutation YearRenew($from: String!) { renewConventions(fromSchoolYear: $from) { created { id schoolYear status amountCents commune { inseeCode } schools { uai } } } }`);
const SaveGrouping = graphql(`mutation YearSaveGrouping($input: GroupingInput!) { saveGrouping(input: $input) { id } }`);
const DeleteGrouping = graphql(`mutation YearDeleteGrouping($id: ID!) { deleteGrouping(id: $id) }`);
const SaveCampaign = graphql(`mutation YearSaveCampaign($input: CampaignInput!) { saveCampaign(input: $input) { id } }`);
const RevenueOrder = graphql(`mutation YearRevenueOrder($id: ID!, $input: RevenueOrderInput!) { recordRevenueOrder(conventionId: $id, input: $input) { id amountCents } }`);
const Paid = graphql(`mutation YearPaid($id: ID!, $paidOn: Date!) { recordPayment(paymentId: $id, paidOn: $paidOn) { paidOn overdue } }`);
const Payments = graphql(`
  query YearPayments($filter: PaymentFilter) { payments(filter: $filter, limit: 50) { totalCount nodes { reference amountCents overdue convention { id commune { name } } } } }
`);

describe.each(drivers)('a school year: dashboard, payments, renewal (%s)', (driver) => {
  let server: TestServer;
  let team: TestClient;
  let saintMathieu: string;
  let jacou: string;
  let jacouSchools: string[];
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedConventionScenario(server.em());
    team = await server.signIn();
    saintMathieu = await conventionUpTo(team, { communeInseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', schoolUais: [AGNES_GELLY, LES_FONTANILLES] }, 'SIGNED', SAINT_MATHIEU_DELIBERATION);
    jacouSchools = await seedCommuneSchools(server.em(), '34120', '34', 345001, 3); // Jacou: 3 schools, one will close
    jacou = await conventionUpTo(team, { communeInseeCode: '34120', schoolYear: '2022-2023', schoolUais: jacouSchools }, 'SIGNED');
    const [grabels] = await seedCommuneSchools(server.em(), '34116', '34', 345010); // Grabels: sent, never signed
    await conventionUpTo(team, { communeInseeCode: '34116', schoolYear: '2022-2023', schoolUais: [grabels!] }, 'SENT');
    await conventionUpTo(team, { communeInseeCode: LESCURE, schoolYear: '2023-2024', schoolUais: LESCURE_SCHOOLS }, 'DELIBERATED');
    await seedCommuneSchools(server.em(), '34003', '34', 345020, 2); // Agde: open schools, no convention
    // Saint-Mathieu has paid its 90 €; Jacou's 135 € are overdue.
    const order = await team.gql(RevenueOrder, { id: saintMathieu, input: { issuedOn: '2022-11-10', reference: 'CHORUS-2022-000123' } });
    await team.gql(Paid, { id: order.data!.recordRevenueOrder.id, paidOn: '2022-12-01' });
    await team.gql(RevenueOrder, { id: jacou, input: { issuedOn: '2022-11-10', reference: 'CHORUS-2022-000124', dueOn: '2022-12-10' } });
  });
  afterAll(() => server?.close());

  it('gives the funnel of a year: every status in order, amounts expected against signed and paid, communes without a convention', async () => {
    const { data } = await team.gql(Funnel, { scope: { schoolYear: '2022-2023' } });
    const funnel = data!.conventionFunnel;
    expect(funnel.stages.map((s) => s.status)).toEqual(['DRAFT', 'SENT', 'DELIBERATED', 'SIGNED', 'EXPIRED', 'CANCELLED']);
    expect(funnel.stages.find((s) => s.status === 'SIGNED')).toEqual({ status: 'SIGNED', conventions: 2, schools: 5, amountCents: 22_500 });
    expect(funnel.stages.find((s) => s.status === 'SENT')).toEqual({ status: 'SENT', conventions: 1, schools: 1, amountCents: 4500 });
    expect(funnel).toMatchObject({
      schoolYear: '2022-2023', conventions: 3, signedConventions: 2, schools: 6, expectedAmountCents: 27_000, signedAmountCents: 22_500,
      paidAmountCents: 9000, overdueAmountCents: 13_500,
    });
    expect(funnel.communesWithoutConvention).toBeGreaterThanOrEqual(2); // Lescure (2022-2023) and Agde at least

    const without = (await team.gql(WithoutConvention, { scope: { schoolYear: '2022-2023', departmentCode: '34' } })).data!.communesWithoutConvention;
    expect(without.nodes).toEqual([{ commune: { inseeCode: '34003' }, openSchools: 2 }]);
    const toulouse = (await team.gql(Funnel, { scope: { schoolYear: '2023-2024', academyCode: '16' } })).data!.conventionFunnel;
    expect(toulouse).toMatchObject({ conventions: 1, expectedAmountCents: 9000, signedAmountCents: 0 });
  });

  it('counts a school paid by another commune of its grouping for the commune that pays, not for its own', async () => {
    const agde = (await team.gql(WithoutConvention, { scope: { schoolYear: '2022-2023', departmentCode: '34' } })).data!.communesWithoutConvention.nodes;
    expect(agde).toEqual([{ commune: { inseeCode: '34003' }, openSchools: 2 }]);
    const [first] = await rows<{ uai: string }>(server.em(), sqlBuilder(server.em()).selectFrom('school').select('uai').where('commune_insee_code', '=', '34003').orderBy('uai').limit(1));
    const grouping = await team.gql(SaveGrouping, { input: { name: 'RPI Agde – Vias', communeInseeCodes: ['34003', '34332'], payers: [{ schoolUai: first!.uai, payingCommuneInseeCode: '34332' }] } });
    expect(grouping.errors).toBeUndefined();
    const without = (await team.gql(WithoutConvention, { scope: { schoolYear: '2022-2023', departmentCode: '34' } })).data!.communesWithoutConvention;
    expect(without.nodes).toEqual([{ commune: { inseeCode: '34003' }, openSchools: 1 }, { commune: { inseeCode: '34332' }, openSchools: 1 }]);
    expect(without.totalCount).toBe(2);
    await team.gql(DeleteGrouping, { id: grouping.data!.saveGrouping.id });
  });

  it('totals a year by académie and by département', async () => {
    const totals = (await team.gql(Totals, { scope: { schoolYear: '2022-2023' } })).data!.conventionTotals;
    expect(totals.byAcademy).toEqual([{ academy: { code: '11' }, department: null, conventions: 3, expectedAmountCents: 27_000, signedAmountCents: 22_500 }]);
    expect(totals.byDepartment).toEqual([{ academy: { code: '11' }, department: { code: '34' }, conventions: 3, schools: 6, expectedAmountCents: 27_000 }]);
  });

  it('lists overdue revenue orders', async () => {
    const overdue = (await team.gql(Payments, { filter: { overdue: true, schoolYear: '2022-2023' } })).data!.payments;
    expect(overdue.nodes).toEqual([{ reference: 'CHORUS-2022-000124', amountCents: 13_500, overdue: true, convention: { id: jacou, commune: { name: 'Jacou' } } }]);
    expect((await team.gql(Payments, { filter: { paid: true } })).data!.payments.totalCount).toBe(1);
  });

  it('previews then renews the signed conventions with their still-open schools; running it again creates nothing', async () => {
    await rows(server.em(), sqlBuilder(server.em()).updateTable('school').set({ status: 'CLOSED', closed_on: '2023-07-07' }).where('uai', '=', jacouSchools[2]!));
    const withoutCampaign = (await team.gql(Preview, { from: '2022-2023' })).data!.conventionRenewalPreview;
    expect(withoutCampaign).toMatchObject({ toSchoolYear: '2023-2024', toCreate: 0 });
    expect(withoutCampaign.candidates.map((c) => c.skippedReason)).toEqual([expect.stringContaining('Aucune campagne 2023-2024'), expect.stringContaining('Aucune campagne 2023-2024')]);

    await team.gql(SaveCampaign, { input: { ...MONTPELLIER_2022, schoolYear: '2023-2024', unitPriceCents: 5000, conventionEndDate: '2024-10-31' } });
    const preview = (await team.gql(Preview, { from: '2022-2023' })).data!.conventionRenewalPreview;
    expect(preview.toCreate).toBe(2);
    const jacouCandidate = preview.candidates.find((c) => c.commune.inseeCode === '34120')!;
    expect(jacouCandidate).toMatchObject({ fromConvention: { id: jacou }, amountCents: 10_000, existingConvention: null, skippedReason: null });
    expect(jacouCandidate.schools.map((s) => s.uai)).toEqual(jacouSchools.slice(0, 2));
    expect(jacouCandidate.leftOut).toEqual([{ uai: jacouSchools[2], reason: expect.stringContaining('fermée') }]);

    const renewed = (await team.gql(Renew, { from: '2022-2023' })).data!.renewConventions.created;
    expect(renewed.map((c) => [c.commune.inseeCode, c.schoolYear, c.status, c.amountCents]).sort()).toEqual([['34120', '2023-2024', 'DRAFT', 10_000], [SAINT_MATHIEU, '2023-2024', 'DRAFT', 10_000]]);
    const again = await team.gql(Renew, { from: '2022-2023' });
    expect(again.data?.renewConventions.created).toEqual([]);
    const after = (await team.gql(Preview, { from: '2022-2023' })).data!.conventionRenewalPreview;
    expect(after.toCreate).toBe(0);
    expect(after.candidates.every((c) => c.existingConvention !== null && c.skippedReason?.startsWith('Déjà renouvelée'))).toBe(true);
  });

  it('renews only within the perimeter', async () => {
    const toulouse = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    expect((await toulouse.gql(Preview, { from: '2022-2023' })).data!.conventionRenewalPreview.candidates).toEqual([]);
    expect((await toulouse.gql(Renew, { from: '2022-2023' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromSchoolYear' });
  });
});
