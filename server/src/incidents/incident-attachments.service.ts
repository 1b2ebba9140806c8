import type { RequestContext } from '../context.js';
import { byKey } from '../common/loaders.js';
import { firstRow, rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { storedFileColumns, storedFileView, type StoredFileView } from '../files/file-storage.js';
import { IncidentStatus } from './incident.enums.js';
import { findIncident, readableBy } from './incident.service.js';
import { BARE_READ } from './incident.views.js';

const ATTACHMENT_PURPOSE = 'incident-attachment';

/**
 * Attaches files uploaded for incidents (POST /files?purpose=incident-attachment) to an incident the user
 * may read. Only one's own uploads, each to one incident.
 */
export async function attachIncidentFiles(ctx: RequestContext, id: number, fileIds: number[]): Promise<void> {
  const ids = [...new Set(fileIds)];
  if (!ids.length) throw new InvalidInputError('fileIds', 'Au moins un fichier à joindre.');
  const incident = await findIncident(ctx, id, BARE_READ);
  if (!incident) throw new NotFoundError(`Aucun incident n° ${id}.`);
  if (incident.status === IncidentStatus.CLOSED) throw new ConflictError('L’incident est clos : signalez un nouvel incident en citant sa référence.');
  const user = ctx.user!;
  await ctx.em.transactional(async (em) => {
    const db = sqlBuilder(em);
    const files = await rows<{ id: number; purpose: string; uploadedBy: number | null; deletedAt: unknown; incidentId: number | null }>(em, db.selectFrom('stored_file as f')
      .leftJoin('incident_attachment as a', 'a.file_id', 'f.id')
      .select(['f.id as id', 'f.purpose as purpose', 'f.uploaded_by as uploadedBy', 'f.deleted_at as deletedAt', 'a.incident_id as incidentId']).where('f.id', 'in', ids));
    const fresh: number[] = [];
    for (const fileId of ids) {
      const file = files.find((f) => f.id === fileId);
      if (!file || file.purpose !== ATTACHMENT_PURPOSE || file.deletedAt != null || (file.uploadedBy !== user.id && !user.isAdmin)) {
        throw new InvalidInputError('fileIds', `Le fichier n° ${fileId} n’est pas une pièce jointe d’incident que vous avez déposée.`);
      }
      if (file.incidentId !== null && file.incidentId !== id) throw new ConflictError(`Le fichier n° ${fileId} est déjà joint à un autre incident.`);
      if (file.incidentId === null) fresh.push(fileId);
    }
    if (!fresh.length) return;
    await rows(em, db.insertInto('incident_attachment').values(fresh.map((fileId) => ({ incident_id: id, file_id: fileId, attached_at: ctx.now }))));
    recordAudit(em, ctx, { operation: 'attachIncidentFiles', targetType: 'Incident', targetId: id, changes: { fileIds: [null, fresh] } });
  });
}

/** The `canRead` rule of the `incident-attachment` purpose: whoever may read the incident. */
export async function canReadIncidentFile(ctx: RequestContext, fileId: number): Promise<boolean> {
  const query = sqlBuilder(ctx.em).selectFrom('incident_attachment as a').innerJoin('incident as i', 'i.id', 'a.incident_id').select('a.id').where('a.file_id', '=', fileId);
  return (await firstRow(ctx.em, readableBy(ctx.user!)(query))) !== undefined;
}

export const attachmentsOf = byKey<number, { incidentId: number; files: StoredFileView[] }>(
  async (em, incidentIds) => {
    const found = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('incident_attachment as a').innerJoin('stored_file as f', 'f.id', 'a.file_id')
      .select(['a.incident_id as incidentId', ...storedFileColumns('f')]).where('a.incident_id', 'in', incidentIds).orderBy('a.id'));
    return incidentIds.map((incidentId) => ({ incidentId, files: found.filter((row) => row.incidentId === incidentId).map(storedFileView) }));
  },
  (group) => group.incidentId,
);
