import type { Config } from '../config.js';
import { createRequestContext, forkForRequest, type RequestContext } from '../context.js';
import type { EntityManager, Orm } from '../database/orm.js';
import type { Logger } from '../logger.js';
import { addDays, parisInstant, todayInParis } from '../common/dates.js';
import { firstRow, rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import { isWorkingDay } from '../calendar/holidays.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { CurrentUser } from '../auth/current-user.js';
import { closeResolvedIncidents } from '../incidents/auto-close.job.js';
import { IncidentCategory, IncidentChannel, IncidentStatus, ReporterRole, type Level } from '../incidents/incident.enums.js';
import { reportIncident } from '../incidents/incident-report.service.js';
import {
  assignIncident, changeIncidentStatus, commentIncident, escalateIncident, linkIncidents, recordVendorAnswer,
} from '../incidents/incident-workflow.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/** Demo reporters' addresses: a reserved domain, so a configured SMTP server never reaches anyone. */
const DOMAIN = 'ecoles-demo.test';

type Step =
  | { after: number; assign: true }
  | { after: number; status: IncidentStatus; reason?: string }
  | { after: number; comment: string; internal?: boolean }
  | { after: number; escalate: string }
  | { after: number; vendorAnswer: string };

interface DemoIncident {
  /** Reported that many working days ago, at that Paris time (minutes after midnight). */
  daysAgo: number;
  at: number;
  /** Index in the demo schools, or the whole platform. */
  school: number | 'platform';
  category: IncidentCategory;
  impact: Level;
  urgency: Level;
  title: string;
  steps: Step[];
}

const H = 60;
const take = (after: number): Step => ({ after, assign: true });
const to = (after: number, status: IncidentStatus, reason?: string): Step => ({ after, status, ...(reason ? { reason } : {}) });
const { ACCOUNT_LOGIN, MESSAGING, DOCUMENTS, PORTAL_PUBLICATION, SCHOOL_LIFE, OUTAGE_SLOWNESS, PERSONAL_DATA, OTHER } = IncidentCategory;
const { IN_PROGRESS, PENDING, RESOLVED } = IncidentStatus;

/** Around a month of activity, in every status, priority and age: closed, resolved, late, waiting, new. */
const INCIDENTS: DemoIncident[] = [
  // Resolved more than a week ago: closed by the job at the end.
  { daysAgo: 34, at: 9 * H, school: 0, category: ACCOUNT_LOGIN, impact: 'LOW', urgency: 'MEDIUM', title: 'Mot de passe oublié (directrice)', steps: [take(15), to(40, RESOLVED, 'Mot de passe réinitialisé ; la directrice s’est reconnectée.')] },
  { daysAgo: 30, at: 10 * H, school: 2, category: MESSAGING, impact: 'MEDIUM', urgency: 'MEDIUM', title: 'Messages non reçus par les familles', steps: [take(30), to(60, IN_PROGRESS), to(5 * H, RESOLVED, 'Les adresses des familles ont été resynchronisées depuis l’annuaire.')] },
  { daysAgo: 27, at: 14 * H, school: 4, category: DOCUMENTS, impact: 'LOW', urgency: 'LOW', title: 'Dépôt de fichier impossible (quota atteint)', steps: [take(3 * H), to(26 * H, RESOLVED, 'Quota de l’espace de classe augmenté.')] },
  { daysAgo: 23, at: 8 * H + 40, school: 1, category: PORTAL_PUBLICATION, impact: 'LOW', urgency: 'MEDIUM', title: 'Page de l’école non publiée', steps: [take(20), to(50, IN_PROGRESS), to(2 * H, RESOLVED, 'Droits de publication rendus à la directrice.')] },
  { daysAgo: 20, at: 11 * H, school: 6, category: SCHOOL_LIFE, impact: 'MEDIUM', urgency: 'LOW', title: 'Cahier de liaison : signatures des parents absentes', steps: [take(H), to(2 * H, IN_PROGRESS), to(3 * H, PENDING, 'Attente de captures d’écran de l’enseignante.'), to(48 * H, IN_PROGRESS), to(50 * H, RESOLVED, 'Réglage du cahier de liaison corrigé.')] },
  { daysAgo: 16, at: 15 * H, school: 3, category: OTHER, impact: 'LOW', urgency: 'LOW', title: 'Demande de formation à l’ENT pour l’équipe', steps: [take(2 * H), to(24 * H, RESOLVED, 'Inscription à l’animation pédagogique de la circonscription.')] },
  { daysAgo: 12, at: 9 * H + 30, school: 8, category: OUTAGE_SLOWNESS, impact: 'HIGH', urgency: 'MEDIUM', title: 'Lenteurs importantes à l’ouverture de l’ENT', steps: [take(25), to(40, IN_PROGRESS), { after: 60, escalate: 'PRESTA-2024-1187' }, { after: 7 * H, vendorAnswer: 'Cache applicatif purgé, temps de réponse revenus à la normale.' }, to(7 * H + 10, RESOLVED, 'Le prestataire a corrigé la lenteur.')] },
  { daysAgo: 9, at: 13 * H + 30, school: 5, category: ACCOUNT_LOGIN, impact: 'MEDIUM', urgency: 'HIGH', title: 'Connexion impossible pour une classe entière', steps: [take(10), to(20, IN_PROGRESS), to(3 * H, RESOLVED, 'Comptes élèves réactivés après l’import ONDE.')] },
  // Resolved in the last days: they close automatically after 7 days.
  { daysAgo: 5, at: 10 * H, school: 7, category: MESSAGING, impact: 'LOW', urgency: 'MEDIUM', title: 'Pièce jointe refusée dans la messagerie', steps: [take(45), { after: 50, comment: 'Le format .heic n’est pas accepté : pouvez-vous envoyer la photo en JPEG ?' }, to(3 * H, RESOLVED, 'Format de fichier expliqué à l’enseignant.')] },
  { daysAgo: 4, at: 16 * H, school: 9, category: DOCUMENTS, impact: 'MEDIUM', urgency: 'MEDIUM', title: 'Espace documentaire de la classe vide', steps: [take(20), to(30, IN_PROGRESS), to(22 * H, RESOLVED, 'Documents restaurés depuis la sauvegarde de la veille.')] },
  { daysAgo: 3, at: 9 * H, school: 0, category: PORTAL_PUBLICATION, impact: 'LOW', urgency: 'LOW', title: 'Actualité de la commune affichée en double', steps: [take(4 * H), to(5 * H, RESOLVED, 'Doublon supprimé.')] },
  { daysAgo: 2, at: 11 * H, school: 10, category: SCHOOL_LIFE, impact: 'MEDIUM', urgency: 'LOW', title: 'Emploi du temps non affiché', steps: [take(H), to(2 * H, RESOLVED, 'Affichage rétabli après réindexation.')] },
  { daysAgo: 1, at: 8 * H + 30, school: 3, category: ACCOUNT_LOGIN, impact: 'LOW', urgency: 'HIGH', title: 'Compte de l’ATSEM bloqué', steps: [to(10, RESOLVED, 'Compte débloqué pendant l’appel.')] },
  // In progress, some of them late.
  { daysAgo: 6, at: 10 * H, school: 11, category: DOCUMENTS, impact: 'HIGH', urgency: 'MEDIUM', title: 'Documents de classe illisibles après conversion', steps: [take(30), to(H, IN_PROGRESS), { after: 2 * H, comment: 'Reproduit sur deux postes de l’école, pas sur les autres.', internal: true }] },
  { daysAgo: 3, at: 14 * H, school: 2, category: MESSAGING, impact: 'MEDIUM', urgency: 'MEDIUM', title: 'Notifications de messagerie en retard', steps: [take(H), to(2 * H, IN_PROGRESS)] },
  { daysAgo: 2, at: 9 * H, school: 12, category: ACCOUNT_LOGIN, impact: 'MEDIUM', urgency: 'LOW', title: 'Double compte pour une enseignante remplaçante', steps: [take(6 * H), to(7 * H, IN_PROGRESS)] },
  { daysAgo: 1, at: 14 * H, school: 4, category: SCHOOL_LIFE, impact: 'LOW', urgency: 'MEDIUM', title: 'Absences non reportées dans le cahier d’appel', steps: [take(2 * H)] },
  // Waiting for the reporter or the vendor.
  { daysAgo: 8, at: 10 * H, school: 13, category: PORTAL_PUBLICATION, impact: 'MEDIUM', urgency: 'MEDIUM', title: 'Images du portail communal non affichées', steps: [take(20), to(30, IN_PROGRESS), { after: 40, escalate: 'PRESTA-2024-1203' }, to(45, PENDING, 'En attente du correctif du prestataire.')] },
  { daysAgo: 2, at: 15 * H, school: 14, category: MESSAGING, impact: 'LOW', urgency: 'MEDIUM', title: 'Liste de diffusion des parents incomplète', steps: [take(30), to(H, IN_PROGRESS), { after: 70, comment: 'Pouvez-vous nous indiquer les noms des familles manquantes ?' }, to(75, PENDING, 'Attente de la liste de la directrice.')] },
  { daysAgo: 1, at: 10 * H, school: 1, category: OTHER, impact: 'LOW', urgency: 'LOW', title: 'Question sur l’archivage de fin d’année', steps: [take(H), to(2 * H, IN_PROGRESS), to(3 * H, PENDING, 'Réponse de la DANE attendue.')] },
  // Personal data: the DPO is alerted.
  { daysAgo: 1, at: 16 * H, school: 6, category: PERSONAL_DATA, impact: 'HIGH', urgency: 'HIGH', title: 'Photo d’élève publiée sans autorisation', steps: [take(10), to(20, IN_PROGRESS), { after: 25, comment: 'Publication masquée en attendant l’avis du DPO.', internal: true }] },
  // New, one of them overdue.
  { daysAgo: 1, at: 9 * H, school: 15, category: DOCUMENTS, impact: 'HIGH', urgency: 'HIGH', title: 'Cahier de textes inaccessible', steps: [] },
  { daysAgo: 1, at: 18 * H + 30, school: 7, category: ACCOUNT_LOGIN, impact: 'MEDIUM', urgency: 'MEDIUM', title: 'Codes de connexion des nouveaux élèves', steps: [] },
  { daysAgo: 1, at: 21 * H, school: 9, category: OTHER, impact: 'LOW', urgency: 'LOW', title: 'Demande de tutoriel pour les parents', steps: [] },
];

/** A major incident, reported two hours before loading: the platform is down, four schools call; escalated, in progress. */
const OUTAGE: DemoIncident = {
  daysAgo: 0, at: 0, school: 'platform', category: OUTAGE_SLOWNESS, impact: 'HIGH', urgency: 'HIGH', title: 'ENT inaccessible dans toute l’académie',
  steps: [take(5), to(10, IN_PROGRESS), { after: 15, escalate: 'PRESTA-2024-1250' }],
};
const OUTAGE_CALLS = [0, 2, 5, 8];

const REPORTERS: Array<[ReporterRole, string]> = [
  [ReporterRole.SCHOOL_DIRECTOR, 'Claire Martin'], [ReporterRole.TEACHER, 'Hugo Bernard'], [ReporterRole.CPC, 'Nadia Rousseau'],
  [ReporterRole.TEACHER, 'Inès Moreau'], [ReporterRole.SCHOOL_DIRECTOR, 'Paul Fabre'], [ReporterRole.ERUN, 'Julien Garcia'],
];

/** A context as the demo support agent at an instant of the past. */
function supportAt(orm: Orm, config: Config, logger: Logger, agent: { id: number; email: string; displayName: string }, now: Date): RequestContext {
  const user = new CurrentUser(agent.id, agent.email, agent.displayName, [{ role: Role.SUPPORT, scopeLevel: ScopeLevel.REGION, scopeCode: '76' }], 'demo');
  return createRequestContext(forkForRequest(orm, 'demo-incidents'), {
    requestId: 'demo-incidents', env: config.env, config, logger, now, client: { ip: null, userAgent: null }, sessionCookie: { set: () => undefined, clear: () => undefined },
  }, user);
}

/**
 * Demo incidents around the demo schools, played through the real services at past instants relative to
 * today (so priorities, due instants, pauses, comments and mails are what the product would have made),
 * then closed by the real job. Inserted once: nothing is added when demo incidents exist. Development only.
 */
export async function loadDemoIncidents(orm: Orm, config: Config, logger: Logger): Promise<void> {
  if (config.env === 'production') throw new Error('Demo data is refused in production.');
  const em = orm.em.fork() as EntityManager;
  const db = sqlBuilder(em);
  if (await firstRow(em, db.selectFrom('incident').select('id').where('reporter_email', 'like', `%@${DOMAIN}`))) return;
  const supportEmail = DEMO_ACCOUNTS.find((account) => account.role === Role.SUPPORT)!.email;
  const agent = await firstRow<{ id: number; email: string; displayName: string }>(em, db.selectFrom('app_user').select(['id', 'email', 'display_name as displayName']).where('email', '=', supportEmail));
  if (!agent) throw new Error(`Demo account ${supportEmail} is missing`);
  const schools = await rows<{ uai: string }>(em, db.selectFrom('school as s').innerJoin('circonscription as c', 'c.id', 's.circonscription_id')
    .select('s.uai').where('c.code', 'like', 'DEMO-%').orderBy('s.uai'));
  const now = new Date();
  const today = todayInParis(now);
  let reporter = 0;

  const play = async (spec: DemoIncident, reportedAt: Date, schoolUai: string | null): Promise<number> => {
    const [role, name] = REPORTERS[reporter++ % REPORTERS.length]!;
    const ctx = (at: Date) => supportAt(orm, config, logger, agent, at);
    const id = await reportIncident(ctx(reportedAt), {
      reporterRole: role, reporterName: name, reporterEmail: `${searchable(name).replace(/ /g, '.')}@${DOMAIN}`, schoolUai, communeInseeCode: null,
      category: spec.category, impact: spec.impact, urgency: spec.urgency, channel: reporter % 3 ? IncidentChannel.PHONE : IncidentChannel.EMAIL,
      title: spec.title, description: `${spec.title}. (Signalement de démonstration.)`,
    });
    for (const step of spec.steps) {
      const at = new Date(reportedAt.getTime() + step.after * 60_000);
      if (at > now) break;
      if ('assign' in step) await assignIncident(ctx(at), id, agent.id);
      else if ('status' in step) await changeIncidentStatus(ctx(at), id, step.status, step.reason ?? null);
      else if ('comment' in step) await commentIncident(ctx(at), id, step.comment, step.internal ?? false);
      else if ('escalate' in step) await escalateIncident(ctx(at), id, step.escalate);
      else await recordVendorAnswer(ctx(at), id, step.vendorAnswer);
    }
    return id;
  };

  const instant = (spec: DemoIncident) => {
    let day = today;
    for (let back = 0; back < spec.daysAgo; ) if (isWorkingDay((day = addDays(day, -1)))) back++;
    return parisInstant(day, spec.at);
  };
  for (const spec of INCIDENTS) await play(spec, instant(spec), spec.school === 'platform' ? null : schools[spec.school % schools.length]!.uai);
  // Two hours ago, whatever the time of day: reporting works around the clock.
  const outageAt = new Date(now.getTime() - 2 * 3600_000);
  const outage = await play(OUTAGE, outageAt, null);
  const calls: number[] = [];
  for (const [n, school] of OUTAGE_CALLS.entries()) {
    calls.push(await play({ ...OUTAGE, title: 'L’ENT ne répond plus', steps: [] }, new Date(outageAt.getTime() + (n + 1) * 5 * 60_000), schools[school % schools.length]!.uai));
  }
  await linkIncidents(supportAt(orm, config, logger, agent, new Date(outageAt.getTime() + 30 * 60_000)), outage, calls);
  const closed = await closeResolvedIncidents(orm, now);
  logger.debug({ incidents: INCIDENTS.length + 1 + calls.length, closed }, 'demo incidents loaded');
}
