import { sealAuditChain } from '../audit/audit-chain.js';
import { closeResolvedIncidents } from '../incidents/auto-close.job.js';
import { expireConventions, sendConventionReminders } from '../conventions/convention-jobs.js';
import { processPendingImport } from '../directory-import/import-runner.js';
import { sendPendingMail } from '../notifications/mail-sender.js';
import { remindDueRequests } from '../data-requests/reminders.js';
import type { Job } from './jobs.js';

/** Every background job of the product. */
export const jobs: Job[] = [
  { name: 'seal-audit-chain', everyMs: 5_000, run: ({ orm }, now) => sealAuditChain(orm, now) },
  { name: 'send-mail', everyMs: 10_000, run: ({ orm, config, logger }, now) => sendPendingMail(orm, config.mail, now, logger) },
  { name: 'close-resolved-incidents', everyMs: 10 * 60_000, run: ({ orm }, now) => closeResolvedIncidents(orm, now) },
  { name: 'expire-conventions', everyMs: 3_600_000, run: ({ orm }, now) => expireConventions(orm, now) },
  { name: 'convention-reminders', everyMs: 3_600_000, run: ({ orm }, now) => sendConventionReminders(orm, now) },
  // Reminders are due by the day: a pass every quarter of an hour is ample, and sends each one once.
  { name: 'data-request-reminders', everyMs: 15 * 60_000, run: ({ orm }, now) => remindDueRequests(orm, now) },
  {
    name: 'directory-import', everyMs: 3_000,
    run: ({ orm, config, logger }, now) => processPendingImport({ orm, filesDir: config.filesDir, logger, clock: () => new Date() }, now),
  },
];
