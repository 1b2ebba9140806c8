import express, { type NextFunction, type Request, type Response } from 'express';
import type { RequestContext } from '../context.js';
import { DomainError } from '../errors.js';
import { refuse, routeContext, type RouteDeps } from '../route-context.js';
import { DEPARTMENT_CODE } from '../territory/territory.inputs.js';
import { CONVENTION_ROLES } from './convention-access.js';
import { conventionDocumentData, conventionsCsv } from './convention-export.service.js';
import { renderConventionPdf } from './convention-pdf.js';
import { isConventionStatus } from './convention-status.rules.js';

const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** A query-string parameter given once (`?a=1&a=2` is not a value). */
const param = (req: Request, name: string): string | undefined => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);

/**
 * Downloads of the convention module, outside GraphQL because they are files, with the session cookie
 * and the same access rules as the API (administrators and the academic team, within their perimeter):
 *   GET /conventions/:id/document.pdf                          the convention, ready to send (French, A4)
 *   GET /conventions/export.csv?schoolYear=2022-2023[&academyCode=&departmentCode=&status=]
 * Other paths under /conventions fall through to the console's client-side routes.
 */
export function conventionsRouter(deps: RouteDeps): express.Router {
  const router = express.Router();

  function handle(action: (ctx: RequestContext, req: Request, res: Response) => Promise<void>) {
    return async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx = await routeContext(deps, req, res);
        if (!ctx) return refuse(res, 401, 'UNAUTHENTICATED', 'Connexion requise.');
        if (!ctx.user!.hasRole(...CONVENTION_ROLES)) return refuse(res, 403, 'FORBIDDEN', 'Votre rôle ne permet pas cette action.');
        res.setHeader('cache-control', 'private, no-store');
        await action(ctx, req, res);
      } catch (error) {
        if (error instanceof DomainError && HTTP_STATUS[error.code]) return refuse(res, HTTP_STATUS[error.code]!, error.code, error.message);
        next(error);
      }
    };
  }

  router.get('/export.csv', handle(async (ctx, req, res) => {
    const status = param(req, 'status');
    const departmentCode = param(req, 'departmentCode');
    if (status !== undefined && !isConventionStatus(status)) return refuse(res, 400, 'BAD_USER_INPUT', `Statut inconnu : « ${status} ».`);
    if (departmentCode !== undefined && !DEPARTMENT_CODE.test(departmentCode)) return refuse(res, 400, 'BAD_USER_INPUT', 'Code de département INSEE attendu (34, 2A, 971…).');
    const schoolYear = param(req, 'schoolYear') ?? '';
    const csv = await conventionsCsv(ctx, { schoolYear, status: status ?? null, departmentCode: departmentCode ?? null, academyCode: param(req, 'academyCode')?.slice(0, 2) ?? null });
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="conventions-${schoolYear}.csv"`);
    res.send(csv);
  }));

  router.get('/:id/document.pdf', handle(async (ctx, req, res) => {
    const id = String(req.params.id);
    if (!/^\d{1,12}$/.test(id)) return refuse(res, 404, 'NOT_FOUND', 'Convention introuvable.');
    const data = await conventionDocumentData(ctx, Number(id));
    const pdf = await renderConventionPdf(data);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `attachment; filename="convention-${data.schoolYear}-${data.id}.pdf"`);
    res.send(pdf);
  }));

  return router;
}
