import { once } from 'node:events';
import express from 'express';
import { stringify } from 'csv-stringify';
import { Role } from '../auth/auth.enums.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { refuse, routeContext, type RouteDeps } from '../route-context.js';
import { ImportOutcome } from './directory-import.enums.js';
import { loadRun } from './import-run.store.js';

const PAGE = 1000;

export const rejectedRowsPath = (runId: number) => `/directory-imports/${runId}/rejected.csv`;

/**
 * GET /directory-imports/:id/rejected.csv: the rejected rows under the file's own columns, with their line
 * and reason, `;`-separated with a BOM (spreadsheets open it as UTF-8), to be corrected and imported again.
 * Streamed page by page: memory does not grow with the number of rejections.
 */
export function directoryImportRouter(deps: RouteDeps): express.Router {
  const router = express.Router();
  router.get('/:id/rejected.csv', async (req, res, next) => {
    try {
      const ctx = await routeContext(deps, req, res);
      if (!ctx) return refuse(res, 401, 'UNAUTHENTICATED', 'Connexion requise.');
      if (!ctx.user!.hasRole(Role.ADMIN, Role.ACADEMIC_TEAM)) return refuse(res, 403, 'FORBIDDEN', 'Votre rôle ne permet pas cette action.');
      const id = /^\d{1,12}$/.test(req.params.id ?? '') ? Number(req.params.id) : NaN;
      const run = Number.isNaN(id) ? undefined : await loadRun(ctx.em, id);
      if (!run || (!ctx.user!.isAdmin && run.requestedBy !== ctx.user!.id)) return refuse(res, 404, 'NOT_FOUND', 'Import introuvable.');
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`rejets-import-${run.id}.csv`)}`);
      res.setHeader('cache-control', 'private, no-store');
      const header = run.header ?? [];
      const csv = stringify({ delimiter: ';', bom: true });
      csv.pipe(res);
      csv.write([...header, 'Ligne', 'Motif du rejet']);
      for (let after = 0; ;) {
        const page = await rows<{ id: number; line: number | null; raw: string | null; reason: string | null }>(ctx.em, sqlBuilder(ctx.em)
          .selectFrom('import_run_item').select(['id', 'line', 'raw', 'reason'])
          .where('run_id', '=', run.id).where('outcome', '=', ImportOutcome.REJECTED).where('id', '>', after).orderBy('id').limit(PAGE));
        for (const item of page) {
          const values = item.raw ? (JSON.parse(item.raw) as string[]) : [];
          if (!csv.write([...header.map((_, i) => values[i] ?? ''), item.line ?? '', item.reason ?? ''])) await once(csv, 'drain');
        }
        if (page.length < PAGE) break;
        after = Number(page.at(-1)!.id);
      }
      csv.end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
