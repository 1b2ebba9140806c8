import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test-support/generated/index.js';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server.js';
import { startSmtpServer } from '../test-support/smtp.js';
import { createLogger } from '../logger.js';
import { parisInstant } from '../common/dates.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { sendPendingMail } from '../notifications/mail-sender.js';
import { AGNES_GELLY, LES_FONTANILLES, LESCURE, LESCURE_SCHOOLS, SAINT_MATHIEU, SAINT_MATHIEU_DELIBERATION, conventionUpTo, seedConventionScenario } from './convention.scenarios.js';
import { expireConventions, sendConventionReminders } from './convention-jobs.js';

const SaveContact = graphql(`
  mutation JobsSaveContact($code: String!, $input: CommuneContactInput!) { saveCommuneContact(communeInseeCode: $code, input: $input) { version } }
`);
const RevenueOrder = graphql(`
  mutation JobsRevenueOrder($id: ID!, $input: RevenueOrderInput!) { recordRevenueOrder(conventionId: $id, input: $input) { id dueOn overdue } }
`);
const Paid = graphql(`mutation JobsPaid($id: ID!, $paidOn: Date!) { recordPayment(paymentId: $id, paidOn: $paidOn) { paidOn overdue } }`);
const Status = graphql(`query JobsStatus($id: ID!) { convention(id: $id) { status } }`);

const logger = createLogger('silent');
/** The server's clock: the source documents' days, so that sendConvention dates the sending then. */
let today = '2023-09-01';

describe.each(drivers)('convention jobs: reminders by e-mail, expiry (%s)', (driver) => {
  let server: TestServer;
  let team: TestClient;
  let lescure: string;
  let saintMathieu: string;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: () => parisInstant(today, 9 * 60) });
    await seedConventionScenario(server.em());
    // Sessions expire when the clock jumps: sign in again on each day the scenario acts.
    const on = async (date: string) => {
      today = date;
      team = await server.signIn();
    };
    await on('2023-09-01');
    await team.gql(SaveContact, { code: LESCURE, input: { mayorName: 'Élisabeth CLAVERIE', mayorCapacity: 'Maire', townHallEmail: 'Mairie@Lescure.test', referentEmail: 'referent@lescure.test' } });
    await team.gql(SaveContact, { code: SAINT_MATHIEU, input: { townHallEmail: 'mairie@saint-mathieu.test' } });
    await on('2023-10-05');
    saintMathieu = await conventionUpTo(team, { communeInseeCode: SAINT_MATHIEU, schoolYear: '2022-2023', schoolUais: [AGNES_GELLY, LES_FONTANILLES] }, 'SIGNED', SAINT_MATHIEU_DELIBERATION);
    await on('2023-09-01');
    lescure = await conventionUpTo(team, { communeInseeCode: LESCURE, schoolYear: '2023-2024', schoolUais: LESCURE_SCHOOLS }, 'SENT');
    await on('2023-11-15');
  });
  afterAll(() => server?.close());

  it('mails the town hall and the référent once per round about a convention still unsigned 30 days after sending', async () => {
    const smtp = await startSmtpServer();
    const settings = { smtpUrl: smtp.url, from: 'ENT-École <ne-pas-repondre@ent.test>' };
    const at = (date: string) => parisInstant(date, 10 * 60);
    await sendConventionReminders(server.orm, at('2023-09-30'));
    const lescureMails = () => smtp.received.filter((m) => m.subject.includes('Lescure'));
    await sendPendingMail(server.orm, settings, at('2023-09-30'), logger);
    expect(lescureMails()).toEqual([]); // 29 days: not yet

    await sendConventionReminders(server.orm, at('2023-10-01'));
    await sendConventionReminders(server.orm, at('2023-10-02')); // same round: nothing more
    await sendPendingMail(server.orm, settings, at('2023-10-02'), logger);
    await smtp.waitFor(2);
    expect(lescureMails().map((m) => m.to[0]).sort()).toEqual(['mairie@lescure.test', 'referent@lescure.test']);
    const [mail] = lescureMails();
    expect(mail!.subject).toBe('ENT-École : convention 2023-2024 en attente de signature – Lescure-d\'Albigeois');
    expect(mail!.text).toContain('vous a été envoyée le 01/09/2023');
    expect(mail!.text).toContain('90,00\u00A0€');
    expect(mail!.text).toContain('délibération du conseil municipal');

    await sendConventionReminders(server.orm, at('2023-10-31')); // next round
    await sendPendingMail(server.orm, settings, at('2023-10-31'), logger);
    await smtp.waitFor(4);
    expect(lescureMails()).toHaveLength(4);
    await smtp.close();
  });

  it('mails a reminder for a revenue order unpaid past its due date, once per round, and none once paid', async () => {
    const smtp = await startSmtpServer();
    const settings = { smtpUrl: smtp.url, from: 'x@ent.test' };
    const at = (date: string) => parisInstant(date, 10 * 60);
    const order = await team.gql(RevenueOrder, { id: saintMathieu, input: { issuedOn: '2023-10-10', reference: 'CHORUS-2023-000123' } });
    expect(order.data?.recordRevenueOrder).toMatchObject({ dueOn: '2023-11-09', overdue: true });
    await sendConventionReminders(server.orm, at('2023-11-09'));
    await sendPendingMail(server.orm, settings, at('2023-11-09'), logger);
    expect(smtp.received.filter((m) => m.subject.includes('impayé'))).toEqual([]); // due today: not late yet
    await sendConventionReminders(server.orm, at('2023-11-10'));
    await sendConventionReminders(server.orm, at('2023-11-20'));
    await sendPendingMail(server.orm, settings, at('2023-11-20'), logger);
    const unpaid = (await smtp.waitFor(1)).filter((m) => m.subject.includes('impayé'));
    expect(unpaid).toEqual([{
      to: ['mairie@saint-mathieu.test'],
      subject: 'ENT-École : titre de recette CHORUS-2023-000123 impayé – Saint-Mathieu-de-Tréviers',
      text: expect.stringContaining('arrivait à échéance le 09/11/2023'),
    }]);
    await team.gql(Paid, { id: order.data!.recordRevenueOrder.id, paidOn: '2023-11-14' });
    await sendConventionReminders(server.orm, at('2023-12-20'));
    const em = server.em();
    const queued = await rows(em, sqlBuilder(em).selectFrom('notification').select('id').where('kind', '=', 'convention.unpaid-reminder'));
    expect(queued).toHaveLength(1);
    await smtp.close();
  });

  it('expires signed conventions the day after their end date, once', async () => {
    expect(await expireConventions(server.orm, parisInstant('2023-10-31', 12 * 60))).toBe(0);
    expect(await expireConventions(server.orm, parisInstant('2023-11-01', 0))).toBe(1);
    expect(await expireConventions(server.orm, parisInstant('2023-11-02', 0))).toBe(0);
    expect((await team.gql(Status, { id: saintMathieu })).data?.convention?.status).toBe('EXPIRED');
    expect((await team.gql(Status, { id: lescure })).data?.convention?.status).toBe('SENT');
  });
});
