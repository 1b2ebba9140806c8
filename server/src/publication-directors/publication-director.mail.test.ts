import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { closedPort, startSmtpServer } from '../test-support/smtp.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { createLogger } from '../logger.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { retryDelayMs, sendPendingMail } from '../notifications/mail-sender.js';
import { LESCURE_ELEMENTAIRE } from '../demo/source-documents.js';
import { flagDirectorChange } from './director-change.service.js';
import { AGNES_GELLY, Assign, cityReferent, director, LES_FONTANILLES, SAINT_MATHIEU, seedSourceSchools, type SchoolScenario } from './publication-director.scenarios.js';

const logger = createLogger('silent');
const FROM = 'ENT-École <ne-pas-repondre@ent-ecole.test>';

describe.each(drivers)('publication director mails through the outbox (%s)', (driver) => {
  let server: TestServer;
  let admin: SignedInClient;
  let scenario: SchoolScenario;
  beforeAll(async () => {
    server = await startTestServer(driver);
    admin = await server.signIn();
    scenario = await seedSourceSchools(server.em());
  });
  afterAll(() => server?.close());

  const statusOf = async (to: string) => {
    const em = server.em();
    return (await rows<{ status: string; attempts: number }>(em, sqlBuilder(em).selectFrom('notification').select(['status', 'attempts']).where('to_email', '=', to)))[0];
  };

  it('sends the new publication director the Article 6 summary, through a real SMTP server', async () => {
    const smtp = await startSmtpServer();
    await admin.gql(Assign, { input: director(AGNES_GELLY, '2022-09-01') });
    await admin.gql(Assign, { input: cityReferent(SAINT_MATHIEU, '2022-11-21') });
    expect(await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: FROM }, new Date(), logger)).toBe(2);
    const mails = await smtp.waitFor(2);
    const toClaire = mails.find((mail) => mail.to[0] === 'claire.durand@ac-montpellier.fr')!;
    expect(toClaire.subject).toBe('ENT-École : vous êtes directrice de publication (École élémentaire publique Agnès Gelly)');
    expect(toClaire.text).toContain('Madame Claire Durand,');
    expect(toClaire.text).toContain('À compter du 1er septembre 2022, vous êtes désignée directrice de publication des espaces de l’ENT-École de l’école « École élémentaire publique Agnès Gelly » (UAI 0340711N).');
    for (const duty of ['contenu illicite, injurieux ou diffamatoire', 'charte que chaque utilisateur accepte lors de sa première connexion', 'devoir de neutralité']) {
      expect(toClaire.text).toContain(duty);
    }
    const toReferent = mails.find((mail) => mail.to[0] === 'referent.ville@saint-mathieu-de-treviers.fr')!;
    expect(toReferent.text).toContain('vous êtes désigné directeur de publication des espaces réservés à la commune de Saint-Mathieu-de-Tréviers (code INSEE 34276)');
    await smtp.close();
  });

  it('keeps the designation mail while SMTP is down and delivers it on a later pass', async () => {
    const port = await closedPort();
    const to = 'karim.benali@ac-montpellier.fr';
    await admin.gql(Assign, { input: director(LES_FONTANILLES, '2024-09-02', { civility: 'MONSIEUR', firstName: 'Karim', lastName: 'Benali', email: to }) });
    const start = new Date();
    await sendPendingMail(server.orm, { smtpUrl: `smtp://127.0.0.1:${port}/?ignoreTLS=true`, from: FROM }, start, logger);
    expect(await statusOf(to)).toEqual({ status: 'PENDING', attempts: 1 });
    const smtp = await startSmtpServer(port);
    await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: FROM }, new Date(start.getTime() + retryDelayMs(1) + 1), logger);
    expect((await smtp.waitFor(1)).map((mail) => [mail.to, mail.subject])).toEqual([[[to], 'ENT-École : vous êtes directeur de publication (École maternelle publique Les Fontanilles)']]);
    expect(await statusOf(to)).toEqual({ status: 'SENT', attempts: 2 });
    await smtp.close();
  });

  it('reminds the ERUN of the circonscription when the directory names another director, once', async () => {
    const erun = await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.picSaintLoup) }], 'erun.pic-saint-loup@ac-montpellier.fr');
    await server.signIn([{ role: Role.ERUN, scopeLevel: ScopeLevel.CIRCONSCRIPTION, scopeCode: String(scenario.albiNord) }], 'erun.albi@ac-toulouse.fr');
    const flag = (uai: string, name: string | null, email: string | null) => server.em().transactional((tx) => flagDirectorChange(tx, { now: new Date() }, uai, { name, email }));
    // The publication director herself, named as the directory does: nothing to do.
    expect(await flag(AGNES_GELLY, 'Mme Claire DURAND', 'ce.0340711n@ac-montpellier.fr')).toBe(0);
    expect(await flag(AGNES_GELLY, null, null)).toBe(0);
    expect(await flag(AGNES_GELLY, 'M. Luc FABRE', 'luc.fabre@ac-montpellier.fr')).toBe(1);
    expect(await flag(AGNES_GELLY, 'M. Luc FABRE', 'luc.fabre@ac-montpellier.fr')).toBe(0);
    // A school without publication director: the ERUN of Albi Nord only.
    expect(await flag(LESCURE_ELEMENTAIRE.uai, 'Mme Nadia ROUSSEL', null)).toBe(1);

    const smtp = await startSmtpServer();
    await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: FROM }, new Date(), logger);
    const reminders = (await smtp.waitFor(2)).filter((mail) => mail.subject.includes('nouveau directeur'));
    expect(reminders.map((mail) => mail.to[0]).sort()).toEqual(['erun.albi@ac-toulouse.fr', erun.email]);
    const toPicSaintLoup = reminders.find((mail) => mail.to[0] === erun.email)!;
    expect(toPicSaintLoup.text).toContain('M. Luc FABRE <luc.fabre@ac-montpellier.fr>');
    expect(toPicSaintLoup.text).toContain('Le directeur de publication enregistré est toujours Claire Durand <claire.durand@ac-montpellier.fr>.');
    await smtp.close();
  });
});
