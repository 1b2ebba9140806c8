import type { EntityManager, Orm } from '../database/orm.js';
import { addDays, longFrenchDate, todayInParis } from '../common/dates.js';
import { rows, sqlBuilder, toIsoDate } from '../common/sql.js';
import { Role } from '../auth/auth.enums.js';
import { enqueueMail } from '../notifications/outbox.service.js';
import { daysLeft } from './deadline.rules.js';
import { OPEN_STATUSES, reminderDue } from './request.rules.js';

const when = (days: number) => (days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : `dans ${days} jours`);

/**
 * Reminds every DPO of the open requests due in 7 and in 2 days. One pass, any instance, any number of
 * times: the outbox's dedupe key (request, due date, reminder, recipient) sends each reminder once, and a
 * new due date (an extension) gets its own. The mail names the reference only: no personal data by e-mail.
 */
export async function remindDueRequests(orm: Orm, now: Date): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  const db = sqlBuilder(em);
  const today = todayInParis(now);
  const due = await rows<{ id: number; reference: string; dueOn: unknown }>(em, db.selectFrom('data_subject_request').select(['id', 'reference', 'due_on as dueOn'])
    .where('status', 'in', OPEN_STATUSES).where('due_on', '>=', today).where('due_on', '<=', addDays(today, 7)));
  if (!due.length) return 0;
  const dpos = await rows<{ id: number; email: string }>(em, db.selectFrom('app_user as u').innerJoin('user_grant as g', 'g.user_id', 'u.id')
    .select(['u.id as id', 'u.email as email']).distinct().where('g.role', '=', Role.DPO).where('u.active', '=', true));
  let queued = 0;
  for (const request of due) {
    const dueOn = toIsoDate(request.dueOn)!;
    const left = daysLeft(dueOn, today);
    const reminder = reminderDue(left);
    if (!reminder) continue;
    for (const dpo of dpos) {
      const sent = await enqueueMail(em, {
        kind: 'data-request.reminder', to: dpo.email, dedupeKey: `dsr:${request.id}:${dueOn}:${reminder}:${dpo.id}`,
        subject: `Demande ${request.reference} : réponse due ${when(left)} (${longFrenchDate(dueOn)})`,
        text: `La demande ${request.reference} doit recevoir une réponse au plus tard le ${longFrenchDate(dueOn)}, ${when(left)}.\n\n`
          + 'Ouvrez-la dans la console ENT-École (Protection des données) ; ce courriel ne reprend aucune donnée personnelle.',
      }, now);
      if (sent) queued += 1;
    }
  }
  return queued;
}
