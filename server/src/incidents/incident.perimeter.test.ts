import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';
import { AGNES_GELLY, LESCURE, SAINT_MATHIEU, seedSourceSchools, type SchoolScenario } from '../schools/school.scenarios.js';
import { AssignIncident, CommentIncident, IncidentList, LinkIncidents, OneIncident, ReportIncident, report } from './incident.scenarios.js';

const Attach = graphql(`mutation AttachFiles($id: ID!, $fileIds: [ID!]!) { attachIncidentFiles(id: $id, fileIds: $fileIds) { attachments { id name contentType } } }`);
const Children = graphql(`query IncidentChildren($id: ID!) { incident(id: $id) { children { reference } } }`);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describe.each(drivers)('incident perimeters (%s)', (driver) => {
  let server: TestServer;
  let scenario: SchoolScenario;
  let support: SignedInClient;
  let erun34: SignedInClient;
  /** Incidents reported by support: a school in each académie, a commune's space, the platform, a personal-data one. */
  const ids: Record<'gelly' | 'lescure' | 'saintMathieu' | 'platform' | 'lescureData', string> = { gelly: '', lescure: '', saintMathieu: '', platform: '', lescureData: '' };

  const reportAs = (client: SignedInClient, overrides: Parameters<typeof report>[0]) => client.gql(ReportIncident, { input: report(overrides) });
  const visible = async (client: SignedInClient) => (await client.gql(IncidentList, { limit: 500 })).data!.incidents.nodes.map((n) => n.id).sort();

  beforeAll(async () => {
    server = await startTestServer(driver);
    scenario = await seedSourceSchools(server.em());
    support = await server.signIn([{ role: Role.SUPPORT }]);
    erun34 = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.picSaintLoup) }]);
    ids.gelly = (await reportAs(support, {})).data!.reportIncident.id;
    ids.lescure = (await reportAs(support, { schoolUai: LESCURE_ELEMENTAIRE.uai })).data!.reportIncident.id;
    ids.saintMathieu = (await reportAs(support, { schoolUai: null, communeInseeCode: SAINT_MATHIEU })).data!.reportIncident.id;
    ids.platform = (await reportAs(support, { schoolUai: null, category: 'OUTAGE_SLOWNESS' })).data!.reportIncident.id;
    ids.lescureData = (await reportAs(support, { schoolUai: LESCURE_ELEMENTAIRE.uai, category: 'PERSONAL_DATA' })).data!.reportIncident.id;
  });
  afterAll(() => server?.close());

  it('lets an ERUN report for the schools and communes of their circonscription only', async () => {
    expect((await reportAs(erun34, { reporterRole: 'TEACHER' })).data?.reportIncident.scope).toBe('SCHOOL');
    expect((await reportAs(erun34, { schoolUai: null, communeInseeCode: SAINT_MATHIEU })).data?.reportIncident.scope).toBe('COMMUNE');
    expect((await reportAs(erun34, { schoolUai: LESCURE_ELEMENTAIRE.uai })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await reportAs(erun34, { schoolUai: null, communeInseeCode: LESCURE })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await reportAs(erun34, { schoolUai: null })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lets an académie’s team report in its académie, and a région-wide team for the whole platform', async () => {
    const toulouse = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    expect((await reportAs(toulouse, { schoolUai: LESCURE_ELEMENTAIRE.uai })).errors).toBeUndefined();
    expect((await reportAs(toulouse, { schoolUai: AGNES_GELLY })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await reportAs(toulouse, { schoolUai: null })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const region = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.REGION, scopeCode: '76' }]);
    expect((await reportAs(region, { schoolUai: null })).data?.reportIncident.scope).toBe('PLATFORM');
  });

  it('shows each reader their perimeter, the whole platform’s incidents, and the DPO the personal-data ones', async () => {
    const fresh34 = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.picSaintLoup) }]);
    const mine = await visible(fresh34);
    expect(mine).toEqual(expect.arrayContaining([ids.gelly, ids.saintMathieu, ids.platform]));
    expect(mine).not.toContain(ids.lescure);
    expect(mine).not.toContain(ids.lescureData);
    expect((await fresh34.gql(OneIncident, { id: ids.lescure })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await fresh34.gql(OneIncident, { id: '999999' })).data?.incident).toBeNull();

    const erun81 = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.albiNord) }]);
    expect(await visible(erun81)).not.toContain(ids.saintMathieu);

    const dpo = await server.signIn([{ role: Role.DPO, scopeLevel: ScopeLevel.REGION, scopeCode: '76' }]);
    expect(await visible(dpo)).toEqual([ids.lescureData]);
    expect((await dpo.gql(OneIncident, { id: ids.gelly })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await support.gql(IncidentList, { limit: 500 })).data!.incidents.totalCount).toBeGreaterThanOrEqual(5);
  });

  it('keeps handling to the support staff, and internal comments from other readers', async () => {
    expect((await erun34.gql(AssignIncident, { id: ids.gelly, assigneeId: String(erun34.userId) })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    await support.gql(CommentIncident, { id: ids.gelly, body: 'Public : nous regardons.' });
    await support.gql(CommentIncident, { id: ids.gelly, body: 'Interne : voir le prestataire.', internal: true });
    expect((await erun34.gql(OneIncident, { id: ids.gelly })).data?.incident?.comments).toEqual([{ body: 'Public : nous regardons.', internal: false }]);
    expect((await support.gql(OneIncident, { id: ids.gelly })).data?.incident?.comments).toHaveLength(2);
  });

  it('shows a major incident’s children within the reader’s perimeter only', async () => {
    await support.gql(LinkIncidents, { parentId: ids.platform, childIds: [ids.gelly, ids.lescure] });
    const all = (await support.gql(Children, { id: ids.platform })).data?.incident?.children ?? [];
    expect(all).toHaveLength(2);
    expect((await support.gql(IncidentList, { filter: { parentId: ids.platform } })).data?.incidents.totalCount).toBe(2);
    expect((await erun34.gql(Children, { id: ids.platform })).data?.incident?.children).toHaveLength(1);
  });

  it('attaches one’s own uploads to incidents of one’s perimeter, readable by whoever reads the incident', async () => {
    const upload = async (client: SignedInClient, body: Buffer, purpose = 'incident-attachment') => {
      const response = await fetch(`${server.url}/files?purpose=${purpose}&name=capture.png`, {
        method: 'POST', body, headers: { cookie: client.cookieHeader(), 'content-type': 'application/octet-stream', 'x-ent-upload': '1' },
      });
      return ((await response.json()) as { id: string }).id;
    };
    const download = async (client: SignedInClient, id: string) => (await fetch(`${server.url}/files/${id}`, { headers: { cookie: client.cookieHeader() } })).status;

    const capture = await upload(erun34, PNG);
    const attached = await erun34.gql(Attach, { id: ids.gelly, fileIds: [capture] });
    expect(attached.data?.attachIncidentFiles.attachments).toEqual([{ id: capture, name: 'capture.png', contentType: 'image/png' }]);
    expect((await erun34.gql(Attach, { id: ids.gelly, fileIds: [capture] })).errors).toBeUndefined(); // again: nothing new
    expect((await erun34.gql(Attach, { id: ids.lescure, fileIds: [await upload(erun34, PDF)] })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await support.gql(Attach, { id: ids.saintMathieu, fileIds: [capture] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileIds' });
    const scan = await upload(await server.signIn([{ role: Role.ACADEMIC_TEAM }]), PDF, 'convention-scan');
    expect((await support.gql(Attach, { id: ids.gelly, fileIds: [scan] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileIds' });

    const colleague = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.picSaintLoup) }]);
    expect(await download(colleague, capture)).toBe(200);
    expect(await download(support, capture)).toBe(200);
    const erun81 = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.albiNord) }]);
    expect(await download(erun81, capture)).toBe(404);
  });
});
