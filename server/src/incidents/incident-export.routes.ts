import { once } from 'node:events';
import express, { type Response } from 'express';
import { stringify } from 'csv-stringify';
import { validate } from 'class-validator';
import { coerceInputValue, GraphQLError, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context.js';
import { parisDateTime, todayInParis } from '../common/dates.js';
import { DomainError } from '../errors.js';
import { refuse, routeContext, type RouteDeps } from '../route-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { IncidentFilter } from './incident.inputs.js';
import { INCIDENT_READERS } from './incident.perimeter.js';
import { isLate } from './incident.rules.js';
import { applyIncidentFilter, incidentsWhere } from './incident.service.js';
import type { IncidentView } from './incident.views.js';

const BATCH = 1000;

const parisTime = (instant: Date | null) => (instant ? parisDateTime(instant) : '');

const COLUMNS: Array<[header: string, value: (incident: IncidentView, now: Date) => unknown]> = [
  ['Référence', (i) => i.reference],
  ['Signalé le', (i) => parisTime(i.reportedAt)],
  ['Statut', (i) => i.status],
  ['Priorité', (i) => i.priority],
  ['Catégorie', (i) => i.category],
  ['Impact', (i) => i.impact],
  ['Urgence', (i) => i.urgency],
  ['Canal', (i) => i.channel],
  ['Département', (i) => i.departmentCode ?? ''],
  ['UAI', (i) => i.schoolUai ?? ''],
  ['École', (i) => i.school?.name ?? ''],
  ['Commune', (i) => i.commune?.name ?? ''],
  ['Titre', (i) => i.title],
  ['Déclarant', (i) => i.reporterName],
  ['Fonction', (i) => i.reporterRole],
  ['Courriel', (i) => i.reporterEmail],
  ['Attribué à', (i) => i.assignee?.displayName ?? ''],
  ['Pris en charge le', (i) => parisTime(i.ownedAt)],
  ['Échéance de prise en charge', (i) => parisTime(i.ownDueAt)],
  ['Échéance de résolution', (i) => parisTime(i.resolveDueAt)],
  ['En retard', (i, now) => (isLate(i.ownDueAt, i.ownedAt, now) || isLate(i.resolveDueAt, i.clockStoppedAt, now) ? 'oui' : 'non')],
  ['Résolu le', (i) => parisTime(i.resolvedAt)],
  ['Durée de résolution (minutes ouvrées)', (i) => i.resolutionMinutes ?? ''],
  ['Clos le', (i) => parisTime(i.closedAt)],
  ['Ticket prestataire', (i) => i.vendorReference ?? ''],
];

/** The `filter` query parameter: an `IncidentFilter` in JSON, checked as GraphQL would check it. */
async function parseFilter(schema: GraphQLSchema, raw: unknown): Promise<IncidentFilter | null> {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw new GraphQLError('filter : un seul paramètre attendu.');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new GraphQLError('filter : JSON attendu.');
  }
  const filter = Object.assign(new IncidentFilter(), coerceInputValue(value, schema.getType('IncidentFilter') as GraphQLInputObjectType));
  const [invalid] = await validate(filter, { forbidUnknownValues: false, stopAtFirstError: true });
  if (invalid) throw new GraphQLError(`${invalid.property} : ${Object.values(invalid.constraints ?? {})[0] ?? 'valeur invalide'}`);
  return filter;
}

const batchAfter = (ctx: RequestContext, filter: IncidentFilter | null, afterId: number) =>
  incidentsWhere(ctx.em, ctx.user, (q) => applyIncidentFilter(q, filter, ctx.now).where('i.id', '>', afterId).limit(BATCH));

/** Streams the rows batch after batch (keyset on id), so memory does not grow with the export. */
async function streamCsv(ctx: RequestContext, filter: IncidentFilter | null, first: IncidentView[], res: Response): Promise<void> {
  const csv = stringify({ delimiter: ';', bom: true, record_delimiter: 'windows', header: true, columns: COLUMNS.map(([header]) => header) });
  csv.pipe(res);
  for (let batch = first; batch.length; batch = batch.length < BATCH ? [] : await batchAfter(ctx, filter, batch.at(-1)!.id)) {
    for (const incident of batch) {
      if (!csv.write(COLUMNS.map(([, value]) => value(incident, ctx.now)))) await once(csv, 'drain');
    }
  }
  csv.end();
}

/**
 * GET /exports/incidents.csv?filter=<IncidentFilter as JSON>: the incidents the user may read, as CSV for
 * a spreadsheet (UTF-8 with BOM, `;`, CRLF). Audited: the rows hold reporters' names and addresses.
 */
export function incidentExportRouter(deps: RouteDeps & { schema: GraphQLSchema }): express.Router {
  const router = express.Router();
  router.get('/incidents.csv', async (req, res, next) => {
    try {
      const ctx = await routeContext(deps, req, res);
      if (!ctx) return refuse(res, 401, 'UNAUTHENTICATED', 'Connexion requise.');
      if (!ctx.user!.hasRole(...INCIDENT_READERS)) return refuse(res, 403, 'FORBIDDEN', 'Votre rôle ne permet pas cet export.');
      let filter: IncidentFilter | null;
      let first: IncidentView[];
      try {
        filter = await parseFilter(deps.schema, req.query.filter);
        first = await batchAfter(ctx, filter, 0);
      } catch (error) {
        if (error instanceof GraphQLError || error instanceof DomainError) return refuse(res, 400, 'BAD_USER_INPUT', error.message);
        throw error;
      }
      recordAudit(ctx.em, ctx, { operation: 'exportIncidents', targetType: 'Incident', ...(filter ? { changes: { filter: [null, JSON.stringify(filter)] } } : {}) });
      await ctx.em.flush();
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="incidents-${todayInParis(ctx.now)}.csv"`);
      res.setHeader('cache-control', 'private, no-store');
      await streamCsv(ctx, filter, first, res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
