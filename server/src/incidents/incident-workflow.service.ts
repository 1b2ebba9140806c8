import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { firstRow, rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { changesBetween, recordAudit } from '../audit/audit.service.js';
import { agentColumns, type Agent } from '../auth/agent.js';
import { Role } from '../auth/auth.enums.js';
import { User } from '../auth/user.entity.js';
import { enqueueMail } from '../notifications/outbox.service.js';
import { Incident } from './incident.entity.js';
import { IncidentClockStop } from './incident-clock-stop.entity.js';
import { IncidentComment } from './incident-comment.entity.js';
import { IncidentStatus, type Priority } from './incident.enums.js';
import { commentMail, resolutionMail } from './incident-mail.js';
import { checkTransition, INCIDENT_STATUS_LABELS, isOpen, stopsClock, type TransitionVia } from './incident-status.rules.js';
import { autoCloseOn, dueInstants, runningMinutes } from './incident.rules.js';
import type { Pause } from './sla.rules.js';

async function requireIncident(em: EntityManager, id: number): Promise<Incident> {
  const incident = await em.findOne(Incident, { id });
  if (!incident) throw new NotFoundError(`Aucun incident n° ${id}.`);
  return incident;
}

/** Trimmed text of 1 to `max` characters, or bad input on `field`. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text || text.length > max) throw new InvalidInputError(field, `Texte attendu, de 1 à ${max} caractères.`);
  return text;
}

/** What the audit trail keeps of an incident's handling. */
function handling(incident: Incident): Record<string, unknown> {
  return {
    status: incident.status, assigneeId: incident.assignee?.id ?? null, priority: incident.priority, priorityOverrideReason: incident.priorityOverrideReason ?? null,
    ownDueAt: incident.ownDueAt, resolveDueAt: incident.resolveDueAt, resolvedAt: incident.resolvedAt ?? null, closedAt: incident.closedAt ?? null,
    vendorReference: incident.vendorReference ?? null, parentId: incident.parent?.id ?? null,
  };
}

/** Runs a change of one incident in a transaction and audits what it changed. */
async function change(ctx: RequestContext, id: number, operation: string, apply: (em: EntityManager, incident: Incident) => Promise<void>): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const incident = await requireIncident(em, id);
    const before = handling(incident);
    await apply(em, incident);
    recordAudit(em, ctx, { operation, targetType: 'Incident', targetId: id, changes: changesBetween(before, handling(incident)) });
  });
}

const pausesOf = (stops: readonly IncidentClockStop[]): Pause[] => stops.map((stop) => ({ from: stop.startedAt, to: stop.endedAt ?? null }));

/** Due instants from the priority and the clock stops (incident.rules.ts). */
function setDueInstants(ctx: RequestContext, incident: Incident, pauses: readonly Pause[]): void {
  Object.assign(incident, dueInstants({
    reportedAt: incident.reportedAt, priority: incident.priority, policy: ctx.config.incidents.slaPolicy, stops: pauses, departmentCode: incident.departmentCode ?? null,
  }));
}

/**
 * Moves an incident to a status: stops or restarts the resolution clock, records taking in hand and
 * resolution, and recomputes the due instants from the stored clock stops.
 */
async function moveTo(em: EntityManager, ctx: RequestContext, incident: Incident, to: IncidentStatus, via: TransitionVia, resolution: string | null = null): Promise<void> {
  const check = checkTransition(incident.status, to, via);
  if (!check.ok) throw new ConflictError(check.message, { status: incident.status });
  const now = ctx.now;
  const stops = await em.find(IncidentClockStop, { incident: incident.id }, { orderBy: { id: 'asc' } });
  if (stopsClock(incident.status) && !stopsClock(to)) {
    stops.find((stop) => !stop.endedAt)!.endedAt = now;
    incident.clockStoppedAt = null;
  } else if (!stopsClock(incident.status) && stopsClock(to)) {
    stops.push(em.create(IncidentClockStop, { incident, startedAt: now }));
    incident.clockStoppedAt = now;
  }
  const pauses = pausesOf(stops);
  if (to === IncidentStatus.ASSIGNED || to === IncidentStatus.RESOLVED) incident.ownedAt ??= now;
  if (to === IncidentStatus.RESOLVED) {
    incident.resolvedAt = now;
    incident.resolution = resolution;
    incident.resolutionMinutes = runningMinutes(incident.reportedAt, now, pauses, incident.departmentCode ?? null);
  } else if (incident.status === IncidentStatus.RESOLVED && to !== IncidentStatus.CLOSED) {
    // Reopened: the resolution no longer holds.
    incident.resolvedAt = null;
    incident.resolution = null;
    incident.resolutionMinutes = null;
  }
  if (to === IncidentStatus.CLOSED) incident.closedAt = now;
  incident.status = to;
  setDueInstants(ctx, incident, pauses);
}

async function addComment(em: EntityManager, ctx: RequestContext, incident: Incident, body: string, internal: boolean): Promise<void> {
  em.create(IncidentComment, { incident, author: em.getReference(User, ctx.user!.id), body, internal, createdAt: ctx.now });
  if (!internal) await enqueueMail(em, commentMail(incident.reporterEmail, incident, body), ctx.now);
}

/** The accounts that may be given incidents: active agents of the support platform, and administrators. */
const activeAgents = (em: EntityManager) => sqlBuilder(em).selectFrom('app_user as u').innerJoin('user_grant as g', 'g.user_id', 'u.id')
  .where('u.active', '=', true).where('g.role', 'in', [Role.SUPPORT, Role.ADMIN]);

/** An active agent of the support platform (or an administrator), or bad input on `assigneeId`. */
async function requireAgent(em: EntityManager, id: number): Promise<User> {
  const found = await firstRow(em, activeAgents(em).select('u.id').where('u.id', '=', id));
  if (!found) throw new InvalidInputError('assigneeId', 'L’attributaire doit être un agent actif de l’assistance.');
  return em.getReference(User, id);
}

/** Whom an incident may be given to, by name: the console's choices for `assignIncident`. */
export function incidentAgents(ctx: RequestContext): Promise<Agent[]> {
  return rows<Agent>(ctx.em, activeAgents(ctx.em).select(agentColumns('u')).distinct().orderBy('displayName').orderBy('id'));
}

/** Gives the incident to an agent: a NEW one becomes ASSIGNED (taken in hand); an open one changes hands. */
export function assignIncident(ctx: RequestContext, id: number, assigneeId: number): Promise<void> {
  return change(ctx, id, 'assignIncident', async (em, incident) => {
    if (!isOpen(incident.status)) throw new ConflictError(`L’incident est ${INCIDENT_STATUS_LABELS[incident.status]} : il ne s’attribue plus.`);
    incident.assignee = await requireAgent(em, assigneeId);
    if (incident.status === IncidentStatus.NEW) await moveTo(em, ctx, incident, IncidentStatus.ASSIGNED, 'assign');
  });
}

/**
 * A status change. Resolving mails the reason (the resolution message) to the reporter; any other reason
 * is kept as an internal comment, so that the team sees why the incident waits or was reopened.
 */
export function changeIncidentStatus(ctx: RequestContext, id: number, status: IncidentStatus, reason: string | null): Promise<void> {
  const text = reason == null ? null : requireText(reason, 'reason', 10_000);
  return change(ctx, id, 'changeIncidentStatus', async (em, incident) => {
    await moveTo(em, ctx, incident, status, 'status', status === IncidentStatus.RESOLVED ? text : null);
    if (status === IncidentStatus.RESOLVED) {
      await enqueueMail(em, resolutionMail(incident.reporterEmail, [incident], text, autoCloseOn(ctx.now)), ctx.now);
    } else if (text) {
      await addComment(em, ctx, incident, `Statut « ${INCIDENT_STATUS_LABELS[status]} » : ${text}`, true);
    }
  });
}

/** The support staff's judgement over the matrix, with its reason; the due instants follow the new priority. */
export function overrideIncidentPriority(ctx: RequestContext, id: number, priority: Priority, reason: string): Promise<void> {
  const why = requireText(reason, 'reason', 500);
  return change(ctx, id, 'overrideIncidentPriority', async (em, incident) => {
    if (!isOpen(incident.status)) throw new ConflictError(`L’incident est ${INCIDENT_STATUS_LABELS[incident.status]} : sa priorité ne change plus.`);
    incident.priority = priority;
    incident.priorityOverrideReason = why;
    setDueInstants(ctx, incident, pausesOf(await em.find(IncidentClockStop, { incident: incident.id })));
  });
}

const ESCALABLE: readonly IncidentStatus[] = [IncidentStatus.ASSIGNED, IncidentStatus.IN_PROGRESS, IncidentStatus.PENDING];

/** Records the ticket opened with the ENT vendor. The status stays: the agent says whether they now wait (PENDING). */
export function escalateIncident(ctx: RequestContext, id: number, vendorReference: string): Promise<void> {
  const reference = requireText(vendorReference, 'vendorReference', 100);
  return change(ctx, id, 'escalateIncident', async (_em, incident) => {
    if (incident.vendorReference) throw new ConflictError(`L’incident est déjà transmis au prestataire (ticket ${incident.vendorReference}).`);
    if (!ESCALABLE.includes(incident.status)) throw new ConflictError(`L’incident est ${INCIDENT_STATUS_LABELS[incident.status]} : seul un incident pris en charge et non résolu se transmet au prestataire.`);
    incident.vendorReference = reference;
    incident.escalatedAt = ctx.now;
  });
}

export function recordVendorAnswer(ctx: RequestContext, id: number, answer: string): Promise<void> {
  const text = requireText(answer, 'answer', 10_000);
  return change(ctx, id, 'recordVendorAnswer', async (_em, incident) => {
    if (!incident.vendorReference) throw new ConflictError('L’incident n’a pas été transmis au prestataire.');
    if (incident.status === IncidentStatus.CLOSED) throw new ConflictError('L’incident est clos.');
    incident.vendorAnswer = text;
    incident.vendorAnsweredAt = ctx.now;
  });
}

/** A public comment is mailed to the reporter through the outbox; an internal one stays with the team. */
export function commentIncident(ctx: RequestContext, id: number, body: string, internal: boolean): Promise<void> {
  const text = requireText(body, 'body', 10_000);
  return ctx.em.transactional(async (em) => {
    const incident = await requireIncident(em, id);
    if (incident.status === IncidentStatus.CLOSED) throw new ConflictError('L’incident est clos : signalez un nouvel incident en citant sa référence.');
    await addComment(em, ctx, incident, text, internal);
    recordAudit(em, ctx, { operation: 'commentIncident', targetType: 'Incident', targetId: id, changes: { internal: [null, internal] } });
  });
}

/** Attaches incidents to a major incident (an outage hitting many schools). One level only. */
export function linkIncidents(ctx: RequestContext, parentId: number, childIds: number[]): Promise<void> {
  const ids = [...new Set(childIds)];
  if (!ids.length) throw new InvalidInputError('childIds', 'Au moins un incident à rattacher.');
  if (ids.includes(parentId)) throw new InvalidInputError('childIds', 'Un incident ne se rattache pas à lui-même.');
  return ctx.em.transactional(async (em) => {
    const parent = await requireIncident(em, parentId);
    if (!isOpen(parent.status)) throw new ConflictError(`L’incident majeur ${parent.reference} est ${INCIDENT_STATUS_LABELS[parent.status]}.`);
    if (parent.parent) throw new ConflictError(`L’incident ${parent.reference} est lui-même rattaché à un incident majeur.`);
    for (const id of ids) {
      const child = await requireIncident(em, id);
      if (child.parent?.id === parentId) continue;
      if (child.parent) throw new ConflictError(`L’incident ${child.reference} est déjà rattaché à un autre incident majeur.`);
      if (!isOpen(child.status)) throw new ConflictError(`L’incident ${child.reference} est ${INCIDENT_STATUS_LABELS[child.status]} : il ne se rattache plus.`);
      if (await em.count(Incident, { parent: id })) throw new ConflictError(`L’incident ${child.reference} est lui-même un incident majeur.`);
      child.parent = parent;
      recordAudit(em, ctx, { operation: 'linkIncidents', targetType: 'Incident', targetId: id, changes: { parentId: [null, parentId] } });
    }
  });
}

/**
 * Resolves a major incident and every open incident attached to it with one message, in one transaction:
 * one mail per reporter, listing their references.
 */
export function resolveMajorIncident(ctx: RequestContext, id: number, message: string): Promise<void> {
  const text = requireText(message, 'message', 10_000);
  return ctx.em.transactional(async (em) => {
    const parent = await requireIncident(em, id);
    const children = await em.find(Incident, { parent: id }, { orderBy: { id: 'asc' } });
    if (!children.length) throw new ConflictError(`L’incident ${parent.reference} n’a aucun incident rattaché : résolvez-le comme les autres.`);
    const resolved = [parent, ...children.filter((child) => isOpen(child.status))];
    const byReporter = new Map<string, Incident[]>();
    for (const incident of resolved) {
      const before = handling(incident);
      await moveTo(em, ctx, incident, IncidentStatus.RESOLVED, 'status', text);
      recordAudit(em, ctx, { operation: 'resolveMajorIncident', targetType: 'Incident', targetId: incident.id, changes: changesBetween(before, handling(incident)) });
      byReporter.set(incident.reporterEmail, [...(byReporter.get(incident.reporterEmail) ?? []), incident]);
    }
    for (const [to, incidents] of byReporter) await enqueueMail(em, resolutionMail(to, incidents, text, autoCloseOn(ctx.now)), ctx.now);
  });
}
