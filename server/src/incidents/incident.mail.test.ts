import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../test-support/smtp.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { createLogger } from '../logger.js';
import { Role } from '../auth/auth.enums.js';
import { sendPendingMail } from '../notifications/mail-sender.js';
import { LES_FONTANILLES, seedSourceSchools } from '../schools/school.scenarios.js';
import { ChangeIncidentStatus, CommentIncident, incidentIn, LinkIncidents, OneIncident, ReportIncident, report, ResolveMajorIncident } from './incident.scenarios.js';

const logger = createLogger('silent');

describe.each(drivers)('incident mails through the outbox to a real SMTP server (%s)', (driver) => {
  let server: TestServer;
  let support: SignedInClient;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await seedSourceSchools(server.em());
    support = await server.signIn([{ role: Role.SUPPORT }]);
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    smtp = await startSmtpServer();
  });
  afterEach(() => smtp.close());

  /** Runs the sender until the outbox is empty; returns what the SMTP server received from that run. */
  const deliver = async (): Promise<ReceivedMail[]> => {
    const before = smtp.received.length;
    let sent = 0;
    for (let batch; (batch = await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: 'ENT <ne-pas-repondre@ent.test>' }, new Date(), logger)); ) sent += batch;
    return (await smtp.waitFor(before + sent)).slice(before);
  };

  it('mails a public comment to the reporter, and nothing for an internal one', async () => {
    const id = await incidentIn(support, 'IN_PROGRESS', { reporterEmail: 'Enseignant.Gelly@ac-montpellier.fr' });
    await deliver();
    await support.gql(CommentIncident, { id, body: 'Note pour l’équipe : même cause que la veille.', internal: true });
    await support.gql(CommentIncident, { id, body: 'Pouvez-vous vous reconnecter et nous dire si le message persiste ?' });
    const mails = await deliver();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['enseignant.gelly@ac-montpellier.fr']);
    expect(mails[0]!.subject).toMatch(/^\[INC-\d{4}-\d{6}\] Réponse de l’assistance : Messagerie indisponible$/);
    expect(mails[0]!.text).toContain('Pouvez-vous vous reconnecter et nous dire si le message persiste ?');
    expect(mails[0]!.text).not.toContain('Note pour l’équipe');
  });

  it('mails the resolution message with the automatic closing date', async () => {
    const id = await incidentIn(support, 'IN_PROGRESS');
    await deliver();
    const { data } = await support.gql(ChangeIncidentStatus, { id, status: 'RESOLVED', reason: 'Le quota de la boîte a été augmenté.' });
    const [mail] = await deliver();
    expect(mail!.subject).toBe(`[${data!.changeIncidentStatus.reference}] Demande résolue : Messagerie indisponible`);
    expect(mail!.text).toContain('Le quota de la boîte a été augmenté.');
    expect(mail!.text).toMatch(/il sera clos le \d{2}\/\d{2}\/\d{4}\./);
  });

  it('alerts every active DPO of a personal-data incident, and marks it', async () => {
    const dpo = await server.signIn([{ role: Role.DPO }], `dpo-${driver}@ac-occitanie.test`);
    await deliver();
    const { data } = await support.gql(ReportIncident, { input: report({ category: 'PERSONAL_DATA', title: 'Liste d’élèves visible par d’autres parents' }) });
    expect(data?.reportIncident.dpoAlertedAt).toEqual(expect.any(String));
    const mails = await deliver();
    const alert = mails.find((m) => m.to[0] === dpo.email);
    expect(alert?.subject).toBe(`[${data!.reportIncident.reference}] Incident de données personnelles signalé`);
    expect(alert?.text).toContain('École élémentaire publique Agnès Gelly (0340711N)');
    expect(alert?.text).toContain('72 heures');
    const plain = await support.gql(ReportIncident, { input: report() });
    expect(plain.data?.reportIncident.dpoAlertedAt).toBeNull();
  });

  it('resolves a major incident with its children in one go: one mail per reporter', async () => {
    const parent = (await support.gql(ReportIncident, {
      input: report({ schoolUai: null, reporterRole: 'ACADEMIC_TEAM', reporterEmail: 'drane@ac-occitanie.test', category: 'OUTAGE_SLOWNESS', impact: 'HIGH', urgency: 'HIGH', title: 'ENT inaccessible' }),
    })).data!.reportIncident;
    const gelly1 = await incidentIn(support, 'NEW', { reporterEmail: 'ce.0340711n@ac-montpellier.fr', title: 'Connexion impossible' });
    const gelly2 = await incidentIn(support, 'PENDING', { reporterEmail: 'ce.0340711n@ac-montpellier.fr', title: 'Page blanche' });
    const fontanilles = await incidentIn(support, 'ASSIGNED', { schoolUai: LES_FONTANILLES, reporterEmail: 'ce.0340990s@ac-montpellier.fr', title: 'Site lent' });
    const done = await incidentIn(support, 'RESOLVED', { reporterEmail: 'autre@ac-montpellier.fr' });
    expect((await support.gql(LinkIncidents, { parentId: parent.id, childIds: [gelly1, gelly2, fontanilles] })).data?.linkIncidents.children).toHaveLength(3);
    expect((await support.gql(LinkIncidents, { parentId: parent.id, childIds: [done] })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await support.gql(LinkIncidents, { parentId: gelly1, childIds: [fontanilles] })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await support.gql(LinkIncidents, { parentId: parent.id, childIds: [parent.id] })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'childIds' });
    await deliver();

    const message = 'Le serveur d’authentification a été redémarré : l’ENT est de nouveau accessible.';
    const { data, errors } = await support.gql(ResolveMajorIncident, { id: parent.id, message });
    expect(errors).toBeUndefined();
    expect(data?.resolveMajorIncident).toMatchObject({ status: 'RESOLVED', resolution: message });
    expect(data?.resolveMajorIncident.children.every((c) => c.status === 'RESOLVED')).toBe(true);
    const child = (await support.gql(OneIncident, { id: gelly2 })).data!.incident!;
    expect(child).toMatchObject({ status: 'RESOLVED', resolution: message, parent: { reference: parent.reference } });

    const mails = await deliver();
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['ce.0340711n@ac-montpellier.fr', 'ce.0340990s@ac-montpellier.fr', 'drane@ac-occitanie.test']);
    const gelly = mails.find((m) => m.to[0] === 'ce.0340711n@ac-montpellier.fr')!;
    expect(gelly.subject).toMatch(/^Demandes résolues : INC-\d{4}-\d{6}, INC-\d{4}-\d{6}$/);
    expect(gelly.text).toContain(message);
    expect(gelly.text).toContain('ils seront clos le');
    expect((await support.gql(ResolveMajorIncident, { id: done, message })).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
