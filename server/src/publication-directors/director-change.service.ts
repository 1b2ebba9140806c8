import { createHash } from 'node:crypto';
import type { EntityManager } from '../database/orm.js';
import { todayInParis } from '../common/dates.js';
import { firstRow, rows, sqlBuilder } from '../common/sql.js';
import { searchable } from '../common/text.js';
import { Role, ScopeLevel } from '../auth/auth.enums.js';
import { enqueueMail } from '../notifications/outbox.service.js';
import { directorChangeMail } from './publication-director.mail.js';
import { activeOn, isSamePerson, type DirectoryDirector } from './publication-director.rules.js';
import { ASSIGNMENT_TABLE, assignmentColumns, assignmentView } from './publication-director.views.js';

/**
 * Called by the directory import, inside its transaction, when it records a new director for a school:
 * unless that person is already the school's publication director today, each active ERUN of the school's
 * circonscription gets a reminder to designate them. The same reminder (school, director, ERUN) is queued
 * only once, however often the import runs. Returns how many reminders were queued.
 */
export async function flagDirectorChange(tx: EntityManager, ctx: { now: Date }, uai: string, newDirector: DirectoryDirector): Promise<number> {
  if (!newDirector.name?.trim() && !newDirector.email?.trim()) return 0;
  const db = sqlBuilder(tx);
  const school = await firstRow<{ name: string; circonscriptionId: number | null }>(tx, db.selectFrom('school')
    .select(['name', 'circonscription_id as circonscriptionId']).where('uai', '=', uai));
  if (!school || school.circonscriptionId === null) return 0;
  const history = (await rows<Record<string, unknown>>(tx, db.selectFrom(`${ASSIGNMENT_TABLE} as a`).select(assignmentColumns('a')).where('a.school_uai', '=', uai)))
    .map((row) => assignmentView(row));
  const current = activeOn(history, todayInParis(ctx.now));
  if (current && isSamePerson(newDirector, current)) return 0;
  const erun = await rows<{ id: number; email: string }>(tx, db.selectFrom('app_user as u').innerJoin('user_grant as g', 'g.user_id', 'u.id')
    .select(['u.id as id', 'u.email as email']).distinct().where('u.active', '=', true).where('g.role', '=', Role.ERUN)
    .where('g.scope_level', '=', ScopeLevel.CIRCONSCRIPTION).where('g.scope_code', '=', String(school.circonscriptionId)));
  const who = createHash('sha256').update(`${searchable(newDirector.name ?? '')}|${newDirector.email?.trim().toLowerCase() ?? ''}`).digest('hex').slice(0, 16);
  let queued = 0;
  for (const user of erun) {
    const mail = directorChangeMail(user.email, newDirector, current, { kind: 'school', code: uai, name: school.name });
    if (await enqueueMail(tx, { ...mail, dedupeKey: `publication-director.director-changed:${uai}:${who}:${user.id}` }, ctx.now)) queued++;
  }
  return queued;
}
