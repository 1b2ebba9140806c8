import express from 'express';
import { stringify } from 'csv-stringify/sync';
import type { RequestContext } from '../context.js';
import { todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { InvalidInputError } from '../errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { refuse, routeContext, type RouteDeps } from '../route-context.js';
import { activeOnDay } from './coverage.service.js';
import { Civility, PublicationDirectorFunction } from './publication-director.enums.js';
import { communeInCirconscriptions, perimeters, READERS } from './publication-director.perimeter.js';
import { ASSIGNMENT_TABLE, assignmentColumns, assignmentView, type AssignmentView } from './publication-director.views.js';

/** Column labels and values are French: the file is opened in a spreadsheet by the people who asked for it. */
const FUNCTION_LABELS: Record<PublicationDirectorFunction, string> = {
  SCHOOL_DIRECTOR: 'Directeur d’école', INTERIM_DIRECTOR: 'Directeur par intérim', CITY_REFERENT: 'Référent ville', OTHER: 'Autre',
};

const COLUMNS = [
  'Espace', 'UAI', 'École', 'Code INSEE', 'Commune', 'Circonscription', 'Civilité', 'Prénom', 'Nom', 'Courriel', 'Fonction', 'Justification',
  'Depuis le', 'Charte acceptée le',
];

type Line = { assignment: AssignmentView; uai: string; schoolName: string; inseeCode: string; communeName: string; circonscriptionName: string };

/** The publication directors in office today in the user's perimeter (or one circonscription of it): two statements. */
async function currentDirectors(ctx: RequestContext, circonscriptionId: number | null): Promise<Line[]> {
  const db = sqlBuilder(ctx.em);
  const today = todayInParis(ctx.now);
  const { schools: schoolPerimeter, communes: communePerimeter } = perimeters(ctx, READERS);
  let schools = db.selectFrom(`${ASSIGNMENT_TABLE} as a`).innerJoin('school as s', 's.uai', 'a.school_uai').innerJoin('commune as c', 'c.insee_code', 's.commune_insee_code')
    .leftJoin('circonscription as ci', 'ci.id', 's.circonscription_id')
    .select([...assignmentColumns('a'), 's.uai as uai', 's.name as schoolName', 'c.insee_code as inseeCode', 'c.name as communeName', 'ci.name as circonscriptionName'])
    .where(activeOnDay('a', today)).orderBy('c.search_name').orderBy('s.search_name').orderBy('s.uai');
  let communes = db.selectFrom(`${ASSIGNMENT_TABLE} as a`).innerJoin('commune as c', 'c.insee_code', 'a.commune_insee_code')
    .select([...assignmentColumns('a'), 'c.insee_code as inseeCode', 'c.name as communeName'])
    .where(activeOnDay('a', today)).orderBy('c.search_name').orderBy('c.insee_code');
  if (schoolPerimeter) schools = schools.where(schoolPerimeter);
  if (communePerimeter) communes = communes.where(communePerimeter);
  if (circonscriptionId !== null) {
    schools = schools.where('s.circonscription_id', '=', circonscriptionId);
    communes = communes.where((eb) => communeInCirconscriptions(eb, [circonscriptionId]));
  }
  const line = (row: Record<string, unknown>): Line => ({
    assignment: assignmentView(row), uai: (row.uai as string) ?? '', schoolName: (row.schoolName as string) ?? '',
    inseeCode: row.inseeCode as string, communeName: row.communeName as string, circonscriptionName: (row.circonscriptionName as string) ?? '',
  });
  const [schoolRows, communeRows] = await Promise.all([rows<Record<string, unknown>>(ctx.em, schools), rows<Record<string, unknown>>(ctx.em, communes)]);
  return [...schoolRows.map(line), ...communeRows.map(line)];
}

function csvOf(lines: Line[]): string {
  return stringify(lines.map(({ assignment: a, ...scope }) => [
    a.schoolUai ? 'École' : 'Commune', scope.uai, scope.schoolName, scope.inseeCode, scope.communeName, scope.circonscriptionName,
    a.civility === Civility.MADAME ? 'Madame' : 'Monsieur', a.firstName, a.lastName, a.email, FUNCTION_LABELS[a.function], a.justification ?? '',
    a.startDate, a.charterAcknowledgedOn ?? '',
  ]), { header: true, columns: COLUMNS, delimiter: ';', bom: true, escape_formulas: true });
}

/**
 * GET /exports/publication-directors.csv[?circonscriptionId=…] — the current publication directors of the
 * caller's perimeter, for ERUN, the academic team, the DPO and administrators. Holds personal data: each
 * export is recorded in the audit trail.
 */
export function publicationDirectorsExportRouter(deps: RouteDeps): express.Router {
  const router = express.Router();
  router.get('/publication-directors.csv', async (req, res, next) => {
    try {
      const ctx = await routeContext(deps, req, res);
      if (!ctx) return refuse(res, 401, 'UNAUTHENTICATED', 'Connexion requise.');
      if (!ctx.user!.hasRole(...READERS)) return refuse(res, 403, 'FORBIDDEN', 'Votre rôle ne permet pas cet export.');
      const filter = req.query.circonscriptionId === undefined ? null : parseId(String(req.query.circonscriptionId), 'circonscriptionId');
      const csv = csvOf(await currentDirectors(ctx, filter));
      recordAudit(ctx.em, ctx, { operation: 'read:publicationDirectorsExport', targetType: filter === null ? undefined : 'Circonscription', targetId: filter ?? undefined });
      await ctx.em.flush();
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="directeurs-de-publication-${todayInParis(ctx.now)}.csv"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(csv);
    } catch (error) {
      if (error instanceof InvalidInputError) return refuse(res, 400, 'BAD_USER_INPUT', error.message);
      next(error);
    }
  });
  return router;
}
