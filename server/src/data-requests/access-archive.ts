import type { RequestContext } from '../context.js';
import { csvOf } from '../common/csv.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { zipArchive } from '../common/zip.js';
import { ConflictError } from '../errors.js';
import { insertAuditEntries } from '../audit/audit.service.js';
import { DataSubjectRight } from './data-request.enums.js';
import { findRequest } from './data-request.reads.js';
import { TARGET } from './data-request.service.js';
import type { PersonSought } from './personal-data-source.js';
import { PERSONAL_DATA_SOURCES } from './personal-data-sources.js';

const README = 'Ce dossier rassemble les données que le back office de l’ENT-École (région académique Occitanie) détient sur vous : '
  + 'donnees.json les contient toutes, chaque fichier CSV une catégorie. Les contenus de l’ENT lui-même (messagerie, documents, '
  + 'publications) sont détenus par la solution ENT et font l’objet d’une extraction distincte.';

/**
 * For an access request (GDPR Art. 15), one archive of what this back office holds about the data subject,
 * from every registered source: a JSON document with everything, and a CSV per category that has rows.
 * Its generation is audited with the number of rows per source, never their content.
 */
export async function accessArchive(ctx: RequestContext, requestId: number): Promise<{ fileName: string; zip: Buffer }> {
  const request = await findRequest(ctx, requestId, false);
  if (!request.rights.includes(DataSubjectRight.ACCESS)) throw new ConflictError('Cette demande n’exerce pas le droit d’accès.');
  if (request.anonymisedAt) throw new ConflictError('Cette demande a été anonymisée.');
  const { firstName, lastName, email } = request.subject;
  const accounts = email ? await rows<{ id: number }>(ctx.em, sqlBuilder(ctx.em).selectFrom('app_user').select('id').where('email', '=', email)) : [];
  const person: PersonSought = { firstName, lastName, email, accountIds: accounts.map((account) => account.id) };
  const sources = [];
  for (const source of PERSONAL_DATA_SOURCES) sources.push({ name: source.name, description: source.description, rows: await source.collect(ctx.em, person) });

  const document = {
    titre: 'Données à caractère personnel détenues par le back office ENT-École',
    responsableDuTraitement: 'Région académique Occitanie',
    demande: request.reference, generatedAt: ctx.now.toISOString(), personne: { firstName, lastName, email }, lisezMoi: README,
    sources: sources.map((source) => ({ ...source, count: source.rows.length })),
  };
  const csvs = sources.filter((source) => source.rows.length).map((source) => {
    const keys = [...new Set(source.rows.flatMap((row) => Object.keys(row)))];
    return { name: `${source.name}.csv`, data: Buffer.from(csvOf(source.rows, keys.map((key) => ({ key, header: key })))) };
  });
  const zip = zipArchive([{ name: 'donnees.json', data: Buffer.from(JSON.stringify(document, null, 2)) }, ...csvs], ctx.now);
  await insertAuditEntries(ctx.em, ctx, [{
    operation: 'exportAccessArchive', targetType: TARGET, targetId: request.id,
    changes: { rowsPerSource: [null, Object.fromEntries(sources.map((source) => [source.name, source.rows.length]))] },
  }]);
  return { fileName: `${request.reference}-donnees-personnelles.zip`, zip };
}
