import type { RequestContext } from '../context.js';
import { Role } from '../auth/auth.enums.js';
import { canReadConventionScan } from '../conventions/convention-scans.js';
import type { DetectedType } from './content-type.rules.js';
import { canReadIncidentFile } from '../incidents/incident-attachments.service.js';

/** What an upload is for: its size limit, accepted types, who may upload, and who may read it back. */
export interface FilePurpose {
  maxBytes: number;
  types: readonly DetectedType[];
  uploaders: readonly Role[];
  /**
   * Whether a user may read a file of this purpose, besides its uploader and administrators: the owning
   * module answers from the record the file is attached to (a convention in their perimeter…).
   */
  canRead?: (ctx: RequestContext, fileId: number) => Promise<boolean>;
}

const MB = 1024 * 1024;

/** Every purpose of the product; a module adds its own here, with its read rule. */
export const FILE_PURPOSES: Readonly<Record<string, FilePurpose>> = {
  /** Signed convention and council deliberation scans. */
  'convention-scan': { maxBytes: 10 * MB, types: ['application/pdf'], uploaders: [Role.ACADEMIC_TEAM], canRead: canReadConventionScan },
  /** Screenshots and documents attached to an incident. */
  'incident-attachment': {
    maxBytes: 5 * MB, types: ['image/png', 'image/jpeg', 'application/pdf'], uploaders: [Role.SUPPORT, Role.ERUN, Role.ACADEMIC_TEAM],
    canRead: canReadIncidentFile,
  },
  /** Proof of identity for a data-subject request: erased once checked; read by the DPO (any of them) only. */
  'identity-proof': {
    maxBytes: 10 * MB, types: ['image/png', 'image/jpeg', 'application/pdf'], uploaders: [Role.DPO],
    canRead: async (ctx) => ctx.user!.hasRole(Role.DPO),
  },
  /** National school directory and circonscription or director files (CSV). */
  'directory-import': { maxBytes: 200 * MB, types: ['text/csv'], uploaders: [Role.ACADEMIC_TEAM] },
};
