import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startSmtpServer } from '../test-support/smtp.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-support/test-server.js';
import { execute, sqlBuilder } from '../common/sql.js';
import { createLogger } from '../logger.js';
import { Role } from '../auth/auth.enums.js';
import { sendPendingMail } from '../notifications/mail-sender.js';
import { AnswerRequest, DPO, ExtendRequest, fixedClock, registerRequest } from './data-request.scenarios.js';
import { remindDueRequests } from './reminders.js';

describe.each(drivers)('reminders to the DPO (%s)', (driver) => {
  let server: TestServer;
  let dpo: SignedInClient;
  let otherDpo: SignedInClient;
  beforeAll(async () => {
    server = await startTestServer(driver, { clock: fixedClock });
    dpo = await server.signIn(DPO, 'dpo@ac-montpellier.test');
    otherDpo = await server.signIn(DPO, 'dpo-adjoint@ac-montpellier.test');
    await server.signIn([{ role: Role.ERUN }], 'erun@ac-montpellier.test');
    const retired = await server.signIn(DPO, 'ancien-dpo@ac-montpellier.test');
    const em = server.em();
    await execute(em, sqlBuilder(em).updateTable('app_user').set({ active: false }).where('id', '=', retired.userId));
  });
  afterAll(() => server?.close());

  it('mails every active DPO a week and two days before the due date, once, through the outbox', async () => {
    const now = fixedClock(); // 2024-03-20
    const inAWeek = await registerRequest(dpo, { receivedOn: '2024-02-27' }); // due Wednesday 27 March
    const inTwoDays = await registerRequest(dpo, { receivedOn: '2024-02-22' }); // due Friday 22 March
    const answered = await registerRequest(dpo, { receivedOn: '2024-02-22' });
    await dpo.gql(AnswerRequest, { id: answered.id, input: { answeredOn: '2024-03-19', channel: 'EMAIL', outcome: 'GRANTED' } });
    await registerRequest(dpo, { receivedOn: '2024-03-01' }); // due 2 April: no reminder yet

    expect(await remindDueRequests(server.orm, now)).toBe(4);
    expect(await remindDueRequests(server.orm, new Date(now.getTime() + 3_600_000))).toBe(0);

    const smtp = await startSmtpServer();
    await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: 'ent-ecole@test.invalid' }, now, createLogger('silent'));
    const mails = await smtp.waitFor(4);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['dpo-adjoint@ac-montpellier.test', 'dpo-adjoint@ac-montpellier.test', 'dpo@ac-montpellier.test', 'dpo@ac-montpellier.test']);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      `Demande ${inTwoDays.reference} : réponse due dans 2 jours (22 mars 2024)`, `Demande ${inTwoDays.reference} : réponse due dans 2 jours (22 mars 2024)`,
      `Demande ${inAWeek.reference} : réponse due dans 7 jours (27 mars 2024)`, `Demande ${inAWeek.reference} : réponse due dans 7 jours (27 mars 2024)`,
    ].sort());
    expect(mails[0]!.text).not.toMatch(/Camille|Martin/);
    await smtp.close();

    // Five days later the week's request is two days from due, and gets its second reminder.
    expect(await remindDueRequests(server.orm, new Date('2024-03-25T08:00:00Z'))).toBe(2);
    expect(otherDpo.userId).toBeGreaterThan(0);
  });

  it('reminds again for the new due date of an extended request', async () => {
    const request = await registerRequest(dpo, { receivedOn: '2024-01-22' }); // due 22 February, extended to 22 April
    await dpo.gql(ExtendRequest, { id: request.id, input: { notifiedOn: '2024-02-01', reason: 'Complexité' } });
    expect(await remindDueRequests(server.orm, new Date('2024-04-15T08:00:00Z'))).toBe(2);
  });
});
