import type { RequestContext } from '../context.js';
import type { EntityManager } from '../database/orm.js';
import { todayInParis } from '../common/dates.js';
import { parseId } from '../common/ids.js';
import { givenFields } from '../common/inputs.js';
import { listPage } from '../common/list.js';
import { OrderDirection, type Page } from '../common/pagination.js';
import { rows, sqlBuilder } from '../common/sql.js';
import { ConflictError, InvalidInputError, NotFoundError, refuseInput } from '../errors.js';
import { changesBetween, creation, recordAudit } from '../audit/audit.service.js';
import type { PageWants } from '../territory/territory.service.js';
import { notificationProblem } from './breach.rules.js';
import { DataBreach } from './data-breach.entity.js';
import { BreachRisk } from './data-breach.enums.js';
import type { DataBreachesArgs, NotifyBreachInput, OpenBreachInput, UpdateBreachInput } from './data-breach.inputs.js';
import { breachColumns, breachView, type BreachView } from './data-breach.views.js';

const TARGET = 'DataBreach';
const FIELDS = ['title', 'nature', 'peopleCategories', 'approximatePeople', 'recordCategories', 'approximateRecords', 'consequences', 'measures', 'risk'] as const;

function snapshot(breach: DataBreach): Record<string, unknown> {
  return {
    ...Object.fromEntries(FIELDS.map((field) => [field, breach[field] ?? null])), awareAt: breach.awareAt, cnilNotifiedAt: breach.cnilNotifiedAt ?? null,
    cnilReference: breach.cnilReference ?? null, lateNotificationReason: breach.lateNotificationReason ?? null, peopleInformedOn: breach.peopleInformedOn ?? null,
    incidentId: breach.incidentId ?? null,
  };
}

/** The approximate counts alone may be cleared (not known yet). */
const given = <I extends OpenBreachInput | UpdateBreachInput>(input: I) => givenFields(input, FIELDS, ['approximatePeople', 'approximateRecords']);

export function listBreaches(ctx: RequestContext, args: DataBreachesArgs, wants: PageWants): Promise<Page<BreachView>> {
  const { awaitingNotification, risk, incidentId } = args.filter ?? {};
  return listPage(ctx.em, {
    from: 'data_breach as b',
    key: 'b.id',
    where: (q) => {
      if (awaitingNotification != null) {
        q = awaitingNotification
          ? q.where('b.risk', '!=', BreachRisk.UNLIKELY).where('b.cnil_notified_at', 'is', null)
          : q.where((eb) => eb.or([eb('b.risk', '=', BreachRisk.UNLIKELY), eb('b.cnil_notified_at', 'is not', null)]));
      }
      if (risk) q = q.where('b.risk', '=', risk);
      if (incidentId) q = q.where('b.incident_id', '=', parseId(incidentId, 'incidentId'));
      return q;
    },
    orderColumns: { AWARE_AT: 'b.aware_at' },
    orderBy: null,
    defaultOrder: [{ field: 'AWARE_AT', direction: OrderDirection.DESC }],
    select: (q) => q.select(breachColumns('b')),
    toView: breachView,
    offset: args.offset, limit: args.limit, wantNodes: wants.nodes, wantCount: wants.count,
  });
}

export async function findBreach(em: EntityManager, id: string | number): Promise<BreachView> {
  const [row] = await rows<Record<string, unknown>>(em, sqlBuilder(em).selectFrom('data_breach as b').select(breachColumns('b'))
    .where('b.id', '=', typeof id === 'number' ? id : parseId(id, 'id')));
  if (!row) throw new NotFoundError(`Aucune violation n° ${id}.`);
  return breachView(row);
}

/** A breach comes from an incident of category "personal data" (incidents are never deleted: the id stays valid). */
async function requirePersonalDataIncident(em: EntityManager, id: string): Promise<number> {
  const incidentId = parseId(id, 'incidentId');
  const [incident] = await rows<{ category: string }>(em, sqlBuilder(em).selectFrom('incident').select('category').where('id', '=', incidentId));
  if (!incident) throw new InvalidInputError('incidentId', `Aucun incident n° ${id}.`);
  if (incident.category !== 'PERSONAL_DATA') throw new InvalidInputError('incidentId', 'Seul un incident de catégorie « données personnelles » peut ouvrir une violation.');
  return incidentId;
}

/** Opens a breach, from an incident in one click when `incidentId` is given; the 72-hour clock runs from `awareAt`. */
export async function openBreach(ctx: RequestContext, input: OpenBreachInput): Promise<number> {
  if (input.awareAt > ctx.now) throw new InvalidInputError('awareAt', 'Cet instant est dans le futur.');
  return ctx.em.transactional(async (tx) => {
    const incidentId = input.incidentId ? await requirePersonalDataIncident(tx, input.incidentId) : null;
    const breach = tx.create(DataBreach, { ...input, ...given(input), incidentId });
    await tx.flush();
    recordAudit(tx, ctx, { operation: 'openBreach', targetType: TARGET, targetId: breach.id, changes: creation(snapshot(breach)) });
    return breach.id;
  });
}

async function changeBreach(ctx: RequestContext, id: string, operation: string, apply: (breach: DataBreach) => void): Promise<number> {
  const breachId = parseId(id, 'id');
  await ctx.em.transactional(async (tx) => {
    const breach = await tx.findOne(DataBreach, { id: breachId });
    if (!breach) throw new NotFoundError(`Aucune violation n° ${id}.`);
    const before = snapshot(breach);
    apply(breach);
    recordAudit(tx, ctx, { operation, targetType: TARGET, targetId: breachId, changes: changesBetween(before, snapshot(breach)) });
  });
  return breachId;
}

export function updateBreach(ctx: RequestContext, id: string, input: UpdateBreachInput): Promise<number> {
  return changeBreach(ctx, id, 'updateBreach', (breach) => {
    if (breach.version !== input.version) throw new ConflictError('Cette violation a été modifiée entre-temps : rechargez-la.', { field: 'version', currentVersion: breach.version });
    Object.assign(breach, given(input));
  });
}

export function notifyBreach(ctx: RequestContext, id: string, input: NotifyBreachInput): Promise<number> {
  return changeBreach(ctx, id, 'notifyBreach', (breach) => {
    if (breach.cnilNotifiedAt) throw new ConflictError('Cette violation a déjà été notifiée à la CNIL.');
    refuseInput(notificationProblem(breach.awareAt, input.notifiedAt, input.lateReason ?? null, ctx.now));
    Object.assign(breach, { cnilNotifiedAt: input.notifiedAt, cnilReference: input.cnilReference?.trim() || null, lateNotificationReason: input.lateReason?.trim() || null });
  });
}

/** The people were told (Art. 34): on a date between awareness and today. */
export function informBreachSubjects(ctx: RequestContext, id: string, informedOn: string): Promise<number> {
  return changeBreach(ctx, id, 'informBreachSubjects', (breach) => {
    if (breach.peopleInformedOn) throw new ConflictError(`Les personnes ont déjà été informées le ${breach.peopleInformedOn}.`);
    if (informedOn < todayInParis(breach.awareAt) || informedOn > todayInParis(ctx.now)) {
      throw new InvalidInputError('informedOn', 'La date doit être comprise entre la prise de connaissance de la violation et aujourd’hui.');
    }
    breach.peopleInformedOn = informedOn;
  });
}
