import type { RequestContext } from '../context.js';
import { parseId } from '../common/ids.js';
import { firstRow, sqlBuilder, type Eb } from '../common/sql.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { findFile } from '../files/file-storage.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { ConventionScanKind } from './convention.enums.js';
import { readableConventions } from './convention.service.js';
import { requireConvention } from './convention-workflow.service.js';
import { CouncilDeliberation } from './deliberation.entity.js';

export const SCAN_PURPOSE = 'convention-scan';

/**
 * Attaches an uploaded PDF (POST /files?purpose=convention-scan) to a convention: the copy signed by both
 * parties, or the register extract of its latest deliberation. Only its uploader (or an administrator)
 * attaches a file, so nobody reads another's upload by attaching it to a convention of their own.
 */
export async function attachConventionScan(ctx: RequestContext, conventionId: string, fileId: string, kind: ConventionScanKind): Promise<void> {
  await ctx.em.transactional(async (tx) => {
    const convention = await requireConvention(ctx, tx, conventionId);
    const file = await findFile(tx, parseId(fileId, 'fileId'));
    if (!file || file.purpose !== SCAN_PURPOSE || file.deletedAt || (file.uploadedBy !== ctx.user!.id && !ctx.user!.isAdmin)) {
      throw new InvalidInputError('fileId', `Fichier inconnu : déposez d’abord le PDF (POST /files?purpose=${SCAN_PURPOSE}), puis joignez-le.`);
    }
    const scan = tx.getReference(StoredFile, file.id);
    if (kind === ConventionScanKind.SIGNED_CONVENTION) {
      if (convention.status !== 'SIGNED' && convention.status !== 'EXPIRED') throw new ConflictError('Seule une convention signée reçoit son exemplaire signé.', { status: convention.status });
      convention.signedScan = scan;
    } else {
      const deliberation = await tx.findOne(CouncilDeliberation, { convention }, { orderBy: { id: 'desc' } });
      if (!deliberation) throw new ConflictError('Enregistrez d’abord la délibération, puis joignez-en l’extrait numérisé.');
      deliberation.scan = scan;
    }
    recordAudit(tx, ctx, { operation: 'attachConventionScan', targetType: 'Convention', targetId: convention.id, changes: { [kind]: [null, { fileId: file.id, sha256: file.sha256 }] } });
  });
}

/**
 * The read rule of `convention-scan` files (files/file-purposes.ts): the academic team and administrators
 * read the scans attached to a convention, or to one of its deliberations, within their perimeter.
 */
export async function canReadConventionScan(ctx: RequestContext, fileId: number): Promise<boolean> {
  if (!ctx.user?.hasRole(...CONVENTION_ROLES)) return false;
  const query = sqlBuilder(ctx.em).selectFrom('convention as c').select('c.id').where((eb: Eb) => eb.or([
    eb('c.signed_scan_file_id', '=', fileId),
    eb('c.id', 'in', eb.selectFrom('council_deliberation').select('convention_id').where('scan_file_id', '=', fileId)),
  ])).limit(1);
  return (await firstRow(ctx.em, readableConventions(ctx)(query))) !== undefined;
}
