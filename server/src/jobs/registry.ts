import { sealAuditChain } from '../audit/audit-chain.js';
import type { Job } from './jobs.js';

/** Every background job of the product. */
export const jobs: Job[] = [
  { name: 'seal-audit-chain', everyMs: 5_000, run: (orm, now) => sealAuditChain(orm, now) },
];
