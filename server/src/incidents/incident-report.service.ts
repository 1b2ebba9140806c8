import { sql } from 'kysely';
import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import { todayInParis } from '../common/dates.js';
import { InvalidInputError } from '../errors.js';
import { creation, recordAudit } from '../audit/audit.service.js';
import { Role } from '../auth/auth.enums.js';
import { enqueueMail } from '../notifications/outbox.service.js';
import { School } from '../schools/school.entity.js';
import { requireCommune, requireUai } from '../schools/school.service.js';
import { Commune } from '../territory/commune.entity.js';
import { placeOf } from '../territory/place.js';
import { Incident } from './incident.entity.js';
import { IncidentCategory, IncidentStatus } from './incident.enums.js';
import type { ReportIncidentInput } from './incident.inputs.js';
import { dpoAlertMail } from './incident-mail.js';
import { requireReportable } from './incident.perimeter.js';
import { dueInstants, formatReference, isRefusedReporter, referenceYear, SCHOOL_HELPS_PARENTS } from './incident.rules.js';
import { priorityOf } from './priority.rules.js';

/** What an incident concerns: a school (and its commune), a commune's space, or the whole platform. */
interface Concerned {
  school: School | null;
  commune: Commune | null;
  departmentCode: string | null;
  circonscriptionIds: number[];
  /** For a refusal: « L’école 0340711N est hors de votre périmètre ». */
  label: string;
  /** For the DPO's mail: the school's or the commune's name. */
  where: string;
}

async function concerned(em: EntityManager, input: ReportIncidentInput): Promise<Concerned> {
  if (input.schoolUai) {
    const uai = requireUai(input.schoolUai, 'schoolUai');
    const school = await em.findOne(School, { uai });
    if (!school) throw new InvalidInputError('schoolUai', `Aucune école ne porte le code UAI ${uai}.`);
    if (input.communeInseeCode && input.communeInseeCode.trim().toUpperCase() !== school.commune.inseeCode) {
      throw new InvalidInputError('communeInseeCode', `L’école ${uai} est dans la commune ${school.commune.inseeCode}, pas ${input.communeInseeCode}.`);
    }
    const circonscriptionIds = school.circonscription ? [school.circonscription.id] : [];
    return { school, commune: school.commune, departmentCode: school.departmentCode, circonscriptionIds, label: `L’école ${uai}`, where: `${school.name} (${uai})` };
  }
  if (input.communeInseeCode) {
    const commune = await requireCommune(em, input.communeInseeCode);
    // A commune's space lies in the circonscriptions of its schools (auth/current-user.ts, Place).
    const found = await rows<{ id: number }>(em, sqlBuilder(em).selectFrom('school').select('circonscription_id as id').distinct()
      .where('commune_insee_code', '=', commune.inseeCode).where('circonscription_id', 'is not', null));
    return {
      school: null, commune, departmentCode: commune.department.code, circonscriptionIds: found.map((c) => c.id),
      label: `La commune ${commune.inseeCode}`, where: `espace de la commune ${commune.name} (${commune.inseeCode})`,
    };
  }
  return { school: null, commune: null, departmentCode: null, circonscriptionIds: [], label: 'Toute la plateforme', where: 'toute la plateforme' };
}

/**
 * The next reference of the year, from the year's counter row, incremented in the reporting transaction:
 * concurrent reports queue on that row, and a report that rolls back gives its number back (gap-free).
 */
async function nextReference(em: EntityManager, now: Date): Promise<string> {
  const year = referenceYear(now);
  const [row] = await rows<{ lastNumber: number }>(em, sqlBuilder(em).insertInto('incident_counter').values({ year, last_number: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last_number: sql`incident_counter.last_number + 1` }))
    .returning('last_number as lastNumber'));
  return formatReference(year, Number(row!.lastNumber));
}

/** Mails every active DPO; returns whether anyone was told (otherwise the incident keeps no alert date). */
async function alertDpo(em: EntityManager, incident: Incident, where: string, now: Date): Promise<boolean> {
  const dpos = await rows<{ email: string }>(em, sqlBuilder(em).selectFrom('app_user as u').innerJoin('user_grant as g', 'g.user_id', 'u.id')
    .select('u.email').distinct().where('g.role', '=', Role.DPO).where('u.active', '=', true));
  for (const { email } of dpos) await enqueueMail(em, dpoAlertMail(email, incident, where), now);
  return dpos.length > 0;
}

/** What the audit trail keeps of an incident. */
function incidentSnapshot(incident: Incident): Record<string, unknown> {
  return {
    reference: incident.reference, reporterRole: incident.reporterRole, reporterName: incident.reporterName, reporterEmail: incident.reporterEmail,
    schoolUai: incident.school?.uai ?? null, communeInseeCode: incident.commune?.inseeCode ?? null, category: incident.category, channel: incident.channel,
    title: incident.title, impact: incident.impact, urgency: incident.urgency, priority: incident.priority, status: incident.status,
  };
}

export async function reportIncident(ctx: RequestContext, input: ReportIncidentInput): Promise<number> {
  if (isRefusedReporter(input.reporterRole)) throw new InvalidInputError('reporterRole', SCHOOL_HELPS_PARENTS);
  const { priorityMatrix, slaPolicy } = ctx.config.incidents;
  const now = ctx.now;
  return ctx.em.transactional(async (tx) => {
    const at = await concerned(tx, input);
    requireReportable(ctx, at.departmentCode ? await placeOf(tx, at.departmentCode, at.circonscriptionIds) : null, at.label);
    const reference = await nextReference(tx, now);
    const priority = priorityOf(input.impact, input.urgency, priorityMatrix);
    const title = input.title.trim();
    const reporterName = input.reporterName.trim();
    const reporterEmail = input.reporterEmail.trim().toLowerCase();
    const incident = tx.create(Incident, {
      reference, reporterRole: input.reporterRole, reporterName, reporterEmail,
      school: at.school, commune: at.commune, departmentCode: at.departmentCode, circonscriptionId: at.school?.circonscription?.id ?? null,
      category: input.category, channel: input.channel, title, description: input.description.trim(),
      searchText: searchable(`${reference} ${title} ${reporterName} ${reporterEmail}`),
      impact: input.impact, urgency: input.urgency, priority, status: IncidentStatus.NEW,
      reportedAt: now, reportedOn: todayInParis(now),
      ...dueInstants({ reportedAt: now, priority, policy: slaPolicy, stops: [], departmentCode: at.departmentCode }),
    });
    if (input.category === IncidentCategory.PERSONAL_DATA && (await alertDpo(tx, incident, at.where, now))) incident.dpoAlertedAt = now;
    await tx.flush();
    recordAudit(tx, ctx, { operation: 'reportIncident', targetType: 'Incident', targetId: incident.id, changes: creation(incidentSnapshot(incident)) });
    return incident.id;
  });
}
