import express from 'express';
import fs from 'node:fs';
import type { EntityManager } from '../database/orm.js';
import { refuse, restContext, type RestDeps } from '../rest-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { FILE_PURPOSES } from './file-purposes.js';
import { contentPath, findFile, storeUpload, UploadRefused } from './file-storage.js';

/** Any custom header makes a cross-site request need a CORS preflight, which we never grant: CSRF guard. */
export const UPLOAD_HEADER = 'x-ent-upload';

/**
 * Uploads and downloads, outside GraphQL because files are streams:
 *   POST /files?purpose=…&name=…  (raw body, header `x-ent-upload: 1`) → { id, name, contentType, size, sha256 }
 *   GET  /files/:id                → the content, to its uploader, administrators, or whom its module allows.
 */
export function filesRouter(deps: RestDeps): express.Router {
  const router = express.Router();

  router.post('/', async (req, res, next) => {
    try {
      if (req.get(UPLOAD_HEADER) !== '1') return refuse(res, 400, 'BAD_REQUEST', `En-tête ${UPLOAD_HEADER}: 1 requis.`);
      const ctx = await restContext(deps, req, res);
      if (!ctx) return refuse(res, 401, 'UNAUTHENTICATED', 'Connexion requise.');
      const purposeName = String(req.query.purpose ?? '');
      const purpose = FILE_PURPOSES[purposeName];
      if (!purpose) return refuse(res, 400, 'BAD_USER_INPUT', `Usage de fichier inconnu : « ${purposeName} ».`);
      if (!ctx.user!.hasRole(...purpose.uploaders)) return refuse(res, 403, 'FORBIDDEN', 'Votre rôle ne permet pas de déposer ce fichier.');
      const declared = Number(req.get('content-length') ?? 0);
      if (declared > purpose.maxBytes) return refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'Fichier trop volumineux.');
      const file = await storeUpload(ctx.em, deps.config.filesDir, {
        stream: req, name: String(req.query.name ?? 'fichier'), purpose: purposeName, maxBytes: purpose.maxBytes, types: purpose.types, userId: ctx.user!.id, now: ctx.now,
      });
      recordAudit(ctx.em, ctx, { operation: 'uploadFile', targetType: 'File', targetId: file.id, changes: { name: [null, file.name], purpose: [null, purposeName], sha256: [null, file.sha256] } });
      await ctx.em.flush();
      res.status(201).json({ id: String(file.id), name: file.name, contentType: file.contentType, size: file.size, sha256: file.sha256 });
    } catch (error) {
      if (error instanceof UploadRefused) return refuse(res, error.status, error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT', error.message);
      next(error);
    }
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const ctx = await restContext(deps, req, res);
      if (!ctx) return refuse(res, 401, 'UNAUTHENTICATED', 'Connexion requise.');
      const id = /^\d{1,12}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN;
      const file = Number.isNaN(id) ? undefined : await findFile(ctx.em as EntityManager, id);
      const allowed = file && (file.uploadedBy === ctx.user!.id || ctx.user!.isAdmin || (await FILE_PURPOSES[file.purpose]?.canRead?.(ctx, file.id)));
      if (!file || !allowed) return refuse(res, 404, 'NOT_FOUND', 'Fichier introuvable.');
      if (file.deletedAt) return refuse(res, 410, 'GONE', 'Le contenu de ce fichier a été effacé.');
      res.setHeader('content-type', file.contentType);
      res.setHeader('content-length', String(file.size));
      res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      res.setHeader('cache-control', 'private, no-store');
      fs.createReadStream(contentPath(deps.config.filesDir, file.sha256)).on('error', next).pipe(res);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
