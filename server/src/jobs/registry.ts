import { sealAuditChain } from '../audit/audit-chain.js';
import { processPendingImport } from '../directory-import/import-runner.js';
import { sendPendingMail } from '../notifications/mail-sender.js';
import type { Job } from './jobs.js';

/** Every background job of the product. */
export const jobs: Job[] = [
  { name: 'seal-audit-chain', everyMs: 5_000, run: ({ orm }, now) => sealAuditChain(orm, now) },
  { name: 'send-mail', everyMs: 10_000, run: ({ orm, config, logger }, now) => sendPendingMail(orm, config.mail, now, logger) },
  {
    name: 'directory-import', everyMs: 3_000,
    run: ({ orm, config, logger }, now) => processPendingImport({ orm, filesDir: config.filesDir, logger, clock: () => new Date() }, now),
  },
];
