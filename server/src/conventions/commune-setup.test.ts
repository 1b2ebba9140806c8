import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { AGNES_GELLY, CreateConvention, LES_FONTANILLES, SAINT_MATHIEU, SAINT_MATHIEU_DELIBERATION, conventionUpTo, seedCommuneSchools, seedConventionScenario } from './convention.scenarios.js';

const SaveContact = graphql(`
  mutation SetupSaveContact($code: String!, $input: CommuneContactInput!) {
    saveCommuneContact(communeInseeCode: $code, input: $input) { commune { name } mayorName mayorCapacity townHallSiret address postalCode townHallEmail referentName referentEmail version }
  }
`);
const Contact = graphql(`query SetupContact($code: String!) { communeContact(communeInseeCode: $code) { mayorName version } }`);
const SaveGrouping = graphql(`
  mutation SetupSaveGrouping($id: ID, $input: GroupingInput!) {
    saveGrouping(id: $id, input: $input) { id name departmentCode version communes { inseeCode } payers { school { uai } payingCommune { inseeCode } } }
  }
`);
const Groupings = graphql(`query SetupGroupings($commune: String) { groupings(filter: { communeInseeCode: $commune }) { totalCount nodes { id name } } }`);
const DeleteGrouping = graphql(`mutation SetupDeleteGrouping($id: ID!) { deleteGrouping(id: $id) }`);
const Attach = graphql(`
  mutation SetupAttach($id: ID!, $fileId: ID!, $kind: ConventionScanKind!) {
    attachConventionScan(conventionId: $id, fileId: $fileId, kind: $kind) { signedScan { id name sha256 } deliberation { scan { id } } }
  }
`);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe.each(drivers)('communes: contacts, groupings, scans (%s)', (driver) => {
  let server: TestServer;
  let team: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedConventionScenario(server.em());
    team = await server.signIn();
  });
  afterAll(() => server?.close());

  it('keeps the commune’s contact: SIRET checked (Luhn, the commune’s SIREN), e-mails lower-cased, optimistic locking', async () => {
    const saved = await team.gql(SaveContact, { code: SAINT_MATHIEU, input: {
      mayorName: 'LOPEZ Jérôme', mayorCapacity: 'MAIRE', townHallSiret: '213 402 761 00018', address: 'RUE ECOLES', postalCode: '34270', townHallEmail: 'Mairie@Saint-Mathieu.test',
    } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveCommuneContact).toMatchObject({ commune: { name: 'Saint-Mathieu-de-Tréviers' }, townHallSiret: '21340276100018', townHallEmail: 'mairie@saint-mathieu.test', version: 1 });
    const wrongKey = await team.gql(SaveContact, { code: SAINT_MATHIEU, input: { version: 1, townHallSiret: '21340276100019' } });
    expect(wrongKey.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townHallSiret' });
    const otherCommune = await team.gql(SaveContact, { code: SAINT_MATHIEU, input: { version: 1, townHallSiret: '21340172200011' } }); // a Montpellier SIRET
    expect(otherCommune.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'townHallSiret' });
    expect(otherCommune.errors?.[0]?.message).toContain('213402761');
    const stale = await team.gql(SaveContact, { code: SAINT_MATHIEU, input: { mayorName: 'Autre' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const updated = await team.gql(SaveContact, { code: SAINT_MATHIEU, input: { version: 1, referentName: 'Référent ville', referentEmail: 'referent@saint-mathieu.test', address: null } });
    expect(updated.data?.saveCommuneContact).toMatchObject({ mayorName: 'LOPEZ Jérôme', referentName: 'Référent ville', address: null, version: 2 });
    expect((await team.gql(Contact, { code: '34172' })).data?.communeContact).toBeNull();
    const toulouse = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    expect((await toulouse.gql(Contact, { code: SAINT_MATHIEU })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('lets a grouping make one member commune pay for another’s school, which then only the payer may enrol', async () => {
    const [shared] = await seedCommuneSchools(server.em(), '34116', '34', 346001); // a school of Grabels…
    const input = { name: 'RPI Grabels-Jacou', communeInseeCodes: ['34116', '34120'], payers: [{ schoolUai: shared!, payingCommuneInseeCode: '34120' }] }; // …paid by Jacou
    const created = await team.gql(SaveGrouping, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data?.saveGrouping).toMatchObject({ name: 'RPI Grabels-Jacou', departmentCode: '34', version: 1, payers: [{ school: { uai: shared }, payingCommune: { inseeCode: '34120' } }] });
    expect(created.data?.saveGrouping.communes.map((c) => c.inseeCode)).toEqual(['34116', '34120']);
    expect((await team.gql(Groupings, { commune: '34120' })).data?.groupings.totalCount).toBe(1);

    const byGrabels = await team.gql(CreateConvention, { input: { communeInseeCode: '34116', schoolYear: '2022-2023', schoolUais: [shared!] } });
    expect(byGrabels.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolUais' });
    expect((await team.gql(CreateConvention, { input: { communeInseeCode: '34120', schoolYear: '2022-2023', schoolUais: [shared!] } })).errors).toBeUndefined();

    // The school is taken for the year: moving its payer back does not let another convention take it again.
    const id = created.data!.saveGrouping.id;
    await team.gql(SaveGrouping, { id, input: { ...input, payers: [], version: 1 } });
    const duplicate = await team.gql(CreateConvention, { input: { communeInseeCode: '34116', schoolYear: '2022-2023', schoolUais: [shared!] } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'schoolUais' });

    for (const [bad, field] of [
      [{ communeInseeCodes: ['34116'] }, 'communeInseeCodes'], [{ communeInseeCodes: ['34116', '81144'] }, 'communeInseeCodes'],
      [{ payers: [{ schoolUai: AGNES_GELLY, payingCommuneInseeCode: '34120' }] }, 'schoolUai'], [{ payers: [{ schoolUai: shared!, payingCommuneInseeCode: '34172' }] }, 'payingCommuneInseeCode'],
    ] satisfies Array<[Partial<typeof input>, string]>) {
      const { errors } = await team.gql(SaveGrouping, { input: { ...input, ...bad } });
      expect({ field, extensions: errors?.[0]?.extensions }).toMatchObject({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect((await team.gql(SaveGrouping, { id, input: { ...input, version: 1 } })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await team.gql(DeleteGrouping, { id })).data?.deleteGrouping).toBe(true);
    expect((await team.gql(Groupings, { commune: '34120' })).data?.groupings.totalCount).toBe(0);
  });

  it('attaches uploaded PDF scans to a convention and its deliberation; the academic team reads them within its perimeter', async () => {
    const team = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '11' }]);
    const id = await conventionUpTo(team, { communeInseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', schoolUais: [AGNES_GELLY, LES_FONTANILLES] }, 'SIGNED', SAINT_MATHIEU_DELIBERATION);
    const upload = async (client: SignedInClient, name: string) => (await (await fetch(`${server.url}/files?purpose=convention-scan&name=${name}`, {
      method: 'POST', body: PDF, headers: { cookie: client.cookieHeader(), 'content-type': 'application/octet-stream', 'x-ent-upload': '1' },
    })).json()) as { id: string; sha256: string };
    const signedCopy = await upload(team, 'convention-signee.pdf');
    const deliberation = await upload(team, 'deliberation.pdf');
    await team.gql(Attach, { id, fileId: deliberation.id, kind: 'DELIBERATION' });
    const attached = await team.gql(Attach, { id, fileId: signedCopy.id, kind: 'SIGNED_CONVENTION' });
    expect(attached.data?.attachConventionScan).toEqual({ signedScan: { id: signedCopy.id, name: 'convention-signee.pdf', sha256: signedCopy.sha256 }, deliberation: { scan: { id: deliberation.id } } });

    const colleague = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.DEPARTMENT, scopeCode: '34' }]);
    const read = (client: SignedInClient, fileId: string) => fetch(`${server.url}/files/${fileId}`, { headers: { cookie: client.cookieHeader() } });
    expect((await read(colleague, signedCopy.id)).status).toBe(200);
    expect((await read(colleague, deliberation.id)).status).toBe(200);
    const elsewhere = await server.signIn([{ role: Role.ACADEMIC_TEAM, scopeLevel: ScopeLevel.ACADEMY, scopeCode: '16' }]);
    expect((await read(elsewhere, signedCopy.id)).status).toBe(404);
    expect((await read(await server.signIn([{ role: Role.ERUN }]), signedCopy.id)).status).toBe(404);

    // Nobody attaches someone else's upload: it would let them read it.
    const theirs = await upload(colleague, 'autre.pdf');
    expect((await team.gql(Attach, { id, fileId: theirs.id, kind: 'SIGNED_CONVENTION' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileId' });
    const [uai] = await seedCommuneSchools(server.em(), '34003', '34', 346010);
    const draft = (await team.gql(CreateConvention, { input: { communeInseeCode: '34003', schoolYear: '2022-2023', schoolUais: [uai!] } })).data!.createConvention.id;
    const mine = await upload(team, 'trop-tot.pdf');
    expect((await team.gql(Attach, { id: draft, fileId: mine.id, kind: 'SIGNED_CONVENTION' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await team.gql(Attach, { id: draft, fileId: mine.id, kind: 'DELIBERATION' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
