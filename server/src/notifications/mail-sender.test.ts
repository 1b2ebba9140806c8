import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from '../test-support/databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { closedPort, startSmtpServer } from '../test-support/smtp.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { createLogger } from '../logger.js';
import { MAX_ATTEMPTS, retryDelayMs, sendPendingMail } from './mail-sender.js';
import { enqueueMail } from './outbox.service.js';

const logger = createLogger('silent');

describe('retry backoff', () => {
  it('doubles from one minute and stops growing at six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
  });
});

describe.each(drivers)('mail outbox (%s)', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server?.close());

  const statusOf = async (to: string) => {
    const em = server.em();
    return (await rows<{ status: string; attempts: number; lastError: string | null }>(em, sqlBuilder(em).selectFrom('notification')
      .select(['status', 'attempts', 'last_error as lastError']).where('to_email', '=', to)))[0];
  };

  it('delivers queued mails to the SMTP server, once', async () => {
    const smtp = await startSmtpServer();
    const now = new Date();
    await enqueueMail(server.em(), { kind: 'test', to: 'Directrice@Ecole.fr', subject: 'Désignation : directrice de publication', text: 'Bonjour,\nVous êtes désignée.' }, now);
    expect(await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: 'ENT <ne-pas-repondre@ent.test>' }, now, logger)).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail).toEqual({ to: ['directrice@ecole.fr'], subject: 'Désignation : directrice de publication', text: 'Bonjour,\nVous êtes désignée.\n' });
    expect(await statusOf('directrice@ecole.fr')).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: 'x@y.z' }, now, logger)).toBe(0);
    await smtp.close();
  });

  it('keeps the mail while the SMTP server is down, retries with backoff, delivers once it is back', async () => {
    const port = await closedPort();
    const start = new Date();
    await enqueueMail(server.em(), { kind: 'test', to: 'erun@ac-toulouse.fr', subject: 'Relance', text: 'Texte' }, start);
    expect(await sendPendingMail(server.orm, { smtpUrl: `smtp://127.0.0.1:${port}/?ignoreTLS=true`, from: 'x@y.z' }, start, logger)).toBe(1);
    expect(await statusOf('erun@ac-toulouse.fr')).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
    const smtp = await startSmtpServer(port);
    // Not due yet: the retry waits for its backoff.
    expect(await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: 'x@y.z' }, new Date(start.getTime() + 30_000), logger)).toBe(0);
    expect(await sendPendingMail(server.orm, { smtpUrl: smtp.url, from: 'x@y.z' }, new Date(start.getTime() + retryDelayMs(1) + 1), logger)).toBe(1);
    expect((await smtp.waitFor(1)).map((m) => m.to)).toEqual([['erun@ac-toulouse.fr']]);
    expect(await statusOf('erun@ac-toulouse.fr')).toMatchObject({ status: 'SENT', attempts: 2 });
    await smtp.close();
  });

  it('gives up after the last attempt, keeping the mail and its error', async () => {
    const port = await closedPort();
    let now = new Date();
    await enqueueMail(server.em(), { kind: 'test', to: 'never@test.invalid', subject: 'x', text: 'x' }, now);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sendPendingMail(server.orm, { smtpUrl: `smtp://127.0.0.1:${port}/?ignoreTLS=true`, from: 'x@y.z' }, now, logger);
      now = new Date(now.getTime() + retryDelayMs(attempt) + 1);
    }
    expect(await statusOf('never@test.invalid')).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
  });

  it('ignores a second mail with the same dedupe key', async () => {
    const now = new Date();
    const mail = { kind: 'reminder', to: 'maire@commune.fr', subject: 'Rappel', text: 'x', dedupeKey: 'reminder:test:1' };
    expect(await enqueueMail(server.em(), mail, now)).toBe(true);
    expect(await enqueueMail(server.em(), mail, now)).toBe(false);
  });

  it('never sends a mail twice when two instances run the sender at once', async () => {
    const smtp = await startSmtpServer();
    const now = new Date();
    for (let i = 0; i < 30; i++) await enqueueMail(server.em(), { kind: 'race', to: `race-${i}@test.invalid`, subject: `n° ${i}`, text: 'x' }, now);
    const settings = { smtpUrl: smtp.url, from: 'x@y.z' };
    await Promise.all([1, 2, 3].map(() => sendPendingMail(server.orm, settings, now, logger)));
    while (await sendPendingMail(server.orm, settings, now, logger));
    const race = (await smtp.waitFor(30)).filter((m) => m.to[0]!.startsWith('race-'));
    expect(race).toHaveLength(30);
    expect(new Set(race.map((m) => m.to[0])).size).toBe(30);
    await smtp.close();
  });
});
