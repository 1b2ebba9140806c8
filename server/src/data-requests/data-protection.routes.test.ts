import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestClient, type TestServer } from '../test-support/test-server.js';
import { unzipEntries } from '../test-support/zip-reader.js';
import { Role } from '../auth/auth.enums.js';
import { AnswerRequest, DPO, ExtendRequest, fixedClock, registerRequest } from './data-request.scenarios.js';

const Templates = graphql(`query LetterTemplates { letterTemplates { kind subject body version isDefault placeholders { name } } }`);
const SaveTemplate = graphql(`
  mutation SaveLetterTemplate($kind: LetterKind!, $input: LetterTemplateInput!) { updateLetterTemplate(kind: $kind, input: $input) { kind body version isDefault } }
`);
const ResetTemplate = graphql(`mutation ResetLetterTemplate($kind: LetterKind!) { resetLetterTemplate(kind: $kind) { kind version isDefault } }`);
const Trail = graphql(`
  query DocumentTrail($targetId: String!) {
    auditEntries(filter: { targetType: "DataSubjectRequest", targetId: $targetId }, limit: 50) { nodes { operation changes { field after } } }
  }
`);

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe.each(drivers)('DPO documents (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: fixedClock });
    dpo = await server.signIn(DPO);
  });
  afterAll(() => server?.close());

  const get = (client: TestClient, path: string) => fetch(`${server.url}/data-protection${path}`, { headers: { cookie: client.cookieHeader() } });

  it('writes the acknowledgement in French, with the reference, the due date and the rights', async () => {
    const request = await registerRequest(dpo, { rights: ['ACCESS', 'RECTIFICATION'], applicant: { firstName: 'Camille', lastName: 'Martin', postalAddress: '3 rue des Écoles, 34270 Saint-Mathieu-de-Tréviers' } });
    const response = await get(dpo, `/requests/${request.id}/letters/acknowledgement`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`${request.reference}-acknowledgement.pdf`);
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain(`Accusé de réception de votre demande ${request.reference}`);
    expect(text).toContain('reçu le 31 janvier 2024');
    expect(text).toContain('au plus tard le 29 février 2024');
    expect(text).toContain('droit d’accès, droit de rectification');
    expect(text).toContain('34270 Saint-Mathieu-de-Tréviers');
    expect(text).toContain('Montpellier, le 20 mars 2024');
    const trail = (await dpo.gql(Trail, { targetId: request.id })).data!.auditEntries.nodes;
    expect(trail.find((entry) => entry.operation === 'generateLetter')?.changes).toEqual([{ field: 'letter', after: '"ACKNOWLEDGEMENT"' }]);
  });

  it('writes the extension notice with its reasons once extended, and the answer with its legal ground once answered', async () => {
    const request = await registerRequest(dpo, { receivedOn: '2024-01-31', rights: ['PORTABILITY'] });
    expect((await get(dpo, `/requests/${request.id}/letters/extension-notice`)).status).toBe(409);
    await dpo.gql(ExtendRequest, { id: request.id, input: { notifiedOn: '2024-02-20', reason: 'Le nombre de demandes reçues ce mois-ci.' } });
    const notice = await pdfText(await (await get(dpo, `/requests/${request.id}/letters/extension-notice`)).arrayBuffer());
    expect(notice).toContain('d’ici le 29 février 2024, pour le motif suivant : Le nombre de demandes reçues ce mois-ci.');
    expect(notice).toContain('au plus tard le 30 avril 2024');

    expect((await get(dpo, `/requests/${request.id}/letters/answer`)).status).toBe(409);
    await dpo.gql(AnswerRequest, { id: request.id, input: {
      answeredOn: '2024-03-01', channel: 'LETTER', outcome: 'REFUSED', refusalGround: 'EXCEPTION',
      refusalDetail: 'RGPD, art. 20, §3 : pas de portabilité pour une mission d’intérêt public',
    } });
    const answer = await pdfText(await (await get(dpo, `/requests/${request.id}/letters/answer`)).arrayBuffer());
    expect(answer).toContain('Votre demande ne peut pas être satisfaite.');
    expect(answer).toContain('Motif : exception prévue par les textes — RGPD, art. 20, §3');
    expect(answer).toContain('réclamation à la Commission nationale de l’informatique et des libertés');
    expect((await get(dpo, `/requests/${request.id}/letters/unknown`)).status).toBe(400);
  });

  it('lets the DPO edit a template, refuses an unknown field, and resets to the default', async () => {
    const templates = (await dpo.gql(Templates)).data!.letterTemplates;
    expect(templates.map((t) => [t.kind, t.isDefault])).toEqual([['ACKNOWLEDGEMENT', true], ['IDENTITY_REQUEST', true], ['EXTENSION_NOTICE', true], ['ANSWER', true]]);
    expect(templates[0]!.placeholders.map((p) => p.name)).toContain('dueOn');
    const unknown = await dpo.gql(SaveTemplate, { kind: 'IDENTITY_REQUEST', input: { subject: 'Objet', body: 'Bonjour {{prenom}}', version: 0 } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const saved = await dpo.gql(SaveTemplate, { kind: 'IDENTITY_REQUEST', input: { subject: 'Justificatif {{reference}}', body: 'Bonjour {{applicantName}}, merci d’envoyer une pièce d’identité avant le {{dueOn}}.', version: 0 } });
    expect(saved.data?.updateLetterTemplate).toMatchObject({ version: 1, isDefault: false });
    expect((await dpo.gql(SaveTemplate, { kind: 'IDENTITY_REQUEST', input: { subject: 'x', body: 'y', version: 0 } })).errors?.[0]?.extensions.code).toBe('CONFLICT');

    const request = await registerRequest(dpo);
    const text = await pdfText(await (await get(dpo, `/requests/${request.id}/letters/identity-request`)).arrayBuffer());
    expect(text).toContain('Bonjour Camille Martin, merci d’envoyer une pièce d’identité avant le 29 février 2024.');
    expect((await dpo.gql(ResetTemplate, { kind: 'IDENTITY_REQUEST' })).data?.resetLetterTemplate).toMatchObject({ version: 0, isDefault: true });
  });

  it('gathers what the back office holds about the person into a ZIP, and audits it', async () => {
    const email = 'elodie.garcia@exemple.test';
    await server.signIn([{ role: Role.ERUN }], email); // an account, a session, a sign-in attempt, an audit entry
    const request = await registerRequest(dpo, { rights: ['ACCESS'], applicant: { firstName: 'Élodie', lastName: 'Garcia', email: email.toUpperCase() } });
    const response = await get(dpo, `/requests/${request.id}/access-archive`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipEntries(Buffer.from(await response.arrayBuffer()));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['donnees.json', 'comptes.csv', 'sessions.csv', 'tentatives-de-connexion.csv', 'journal-actions.csv', 'demandes-rgpd.csv']));
    const archive = JSON.parse(files['donnees.json']!.toString('utf8')) as { demande: string; sources: Array<{ name: string; count: number; rows: Array<Record<string, unknown>> }> };
    const source = (name: string) => archive.sources.find((s) => s.name === name)!;
    expect(archive.demande).toBe(request.reference);
    expect(source('comptes').rows).toEqual([expect.objectContaining({ email, active: true, grants: 'ERUN REGION 76', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
    expect(source('tentatives-de-connexion').rows).toEqual([expect.objectContaining({ succeeded: true })]);
    expect(source('journal-actions').rows).toEqual([expect.objectContaining({ operation: 'login' })]);
    expect(source('demandes-rgpd').rows).toEqual([expect.objectContaining({ reference: request.reference, rights: 'ACCESS', receivedOn: '2024-01-31' })]);
    expect(source('courriels').count).toBe(0);
    expect(files['comptes.csv']!.toString('utf8')).toMatch(/^\uFEFFid;email;displayName/);

    const trail = (await dpo.gql(Trail, { targetId: request.id })).data!.auditEntries.nodes;
    const exported = trail.find((entry) => entry.operation === 'exportAccessArchive');
    expect(JSON.parse(exported!.changes[0]!.after!)).toMatchObject({ comptes: 1, 'demandes-rgpd': 1 });
  });

  it('refuses the archive of a request without the right of access, and every document to other roles', async () => {
    const rectification = await registerRequest(dpo, { rights: ['RECTIFICATION'] });
    expect((await get(dpo, `/requests/${rectification.id}/access-archive`)).status).toBe(409);
    expect((await get(dpo, '/requests/999999/access-archive')).status).toBe(404);
    const erun = await server.signIn([{ role: Role.ERUN }]);
    expect((await get(erun, `/requests/${rectification.id}/letters/acknowledgement`)).status).toBe(403);
    expect((await get(erun, '/processing-register.csv')).status).toBe(403);
    expect((await get(server.client(), '/processing-register.pdf')).status).toBe(401);
  });

  it('exports the register of processing activities as CSV and PDF, with the ENT-École entry of Article 8', async () => {
    const csv = await get(dpo, '/processing-register.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('Traitement;Responsable du traitement;Finalités;Base légale;Fondement;Catégories de personnes concernées;Catégories de données;Destinataires;Transferts hors UE;Durées de conservation;Mesures de sécurité;Mis à jour le');
    expect(text).toContain('ENT-École : espace numérique de travail');
    expect(text).toContain('Mission d’intérêt public (art. 6, §1, e)');
    const pdf = await pdfText(await (await get(dpo, '/processing-register.pdf')).arrayBuffer());
    expect(pdf).toContain('Registre des activités de traitement');
    expect(pdf).toContain('Région académique Occitanie, représentée par le recteur ou la rectrice de région académique');
    expect(pdf).toContain('ONDE par l’annuaire fédérateur (AAF)');
  });
});
