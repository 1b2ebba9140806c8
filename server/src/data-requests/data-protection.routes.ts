import express, { type Request, type Response } from 'express';
import type { RequestContext } from '../context.js';
import { todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { InvalidInputError } from '../errors.js';
import { Role } from '../auth/auth.enums.js';
import { downloadHeaders, refuse, routeContext, routeError, type RouteDeps } from '../route-context.js';
import { registerCsv, registerPdf } from '../processing-register/processing-register.export.js';
import { listProcessing } from '../processing-register/processing.service.js';
import { accessArchive } from './access-archive.js';
import { LetterKind } from './data-request.enums.js';
import { generateLetter } from './letter.service.js';

type Download = { contentType: string; name: string; bytes: Buffer };

/** A download for the DPO (and administrators): 401 without a session, 403 for other roles, domain errors as HTTP. */
function dpoDownload(deps: RouteDeps, build: (ctx: RequestContext, req: Request) => Promise<Download>) {
  return async (req: Request, res: Response, next: express.NextFunction) => {
    try {
      const ctx = await routeContext(deps, req, res);
      if (!ctx) return refuse(res, 401, 'UNAUTHENTICATED', 'Connexion requise.');
      if (!ctx.user!.hasRole(Role.DPO)) return refuse(res, 403, 'FORBIDDEN', 'Votre rôle ne permet pas cette action.');
      const file = await build(ctx, req);
      downloadHeaders(res, { contentType: file.contentType, size: file.bytes.length, name: file.name });
      res.end(file.bytes);
    } catch (error) {
      routeError(res, next, error);
    }
  };
}

function letterKind(value: string | undefined): LetterKind {
  const kind = String(value ?? '').toUpperCase().replace(/-/g, '_');
  if (!(kind in LetterKind)) throw new InvalidInputError('kind', `Courrier inconnu : « ${value} ».`);
  return kind as LetterKind;
}

/**
 * The DPO's documents, outside GraphQL because they are files:
 *   GET /data-protection/requests/:id/access-archive       ZIP of what the back office holds about the person (audited)
 *   GET /data-protection/requests/:id/letters/:kind        the letter as PDF (acknowledgement, identity-request, extension-notice, answer; audited)
 *   GET /data-protection/processing-register.csv | .pdf    the register of processing activities
 */
export function dataProtectionRouter(deps: RouteDeps): express.Router {
  const router = express.Router();
  router.get('/requests/:id/access-archive', dpoDownload(deps, async (ctx, req) => {
    const archive = await accessArchive(ctx, parseId(String(req.params.id), 'id'));
    return { contentType: 'application/zip', name: archive.fileName, bytes: archive.zip };
  }));
  router.get('/requests/:id/letters/:kind', dpoDownload(deps, async (ctx, req) => {
    const letter = await generateLetter(ctx, parseId(String(req.params.id), 'id'), letterKind(req.params.kind as string));
    return { contentType: 'application/pdf', name: letter.fileName, bytes: letter.pdf };
  }));
  router.get('/processing-register.csv', dpoDownload(deps, async (ctx) => ({
    contentType: 'text/csv; charset=utf-8', name: `registre-des-traitements-${todayInParis(ctx.now)}.csv`, bytes: Buffer.from(registerCsv(await listProcessing(ctx.em))),
  })));
  router.get('/processing-register.pdf', dpoDownload(deps, async (ctx) => ({
    contentType: 'application/pdf', name: `registre-des-traitements-${todayInParis(ctx.now)}.pdf`, bytes: await registerPdf(await listProcessing(ctx.em), todayInParis(ctx.now)),
  })));
  return router;
}
