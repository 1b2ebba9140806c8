import { sql } from 'kysely';
import type { EntityManager, Orm } from '../database/orm.js';
import { addDays, frenchDate, todayInParis } from '../common/dates.js';
import { rows, sqlBuilder, toIsoDate } from '../common/sql.js';
import { recordAudit } from '../audit/audit.service.js';
import { enqueueMail } from '../notifications/outbox.service.js';
import { formatEuros } from './amount.rules.js';
import { latestDeliberationId } from './convention.service.js';
import { UNPAID_REMINDER_DAYS, UNSIGNED_REMINDER_DAYS, overdueRound, reminderRound } from './reminder.rules.js';

const SYSTEM = (now: Date) => ({ user: null, requestId: null, now });

/**
 * SIGNED → EXPIRED the day after the end date (a convention is in force on its end date). One statement
 * moves them, so instances running the job at once never expire a convention twice.
 */
export async function expireConventions(orm: Orm, now: Date): Promise<number> {
  const today = todayInParis(now);
  return (orm.em.fork() as EntityManager).transactional(async (tx) => {
    const expired = await rows<{ id: number }>(tx, sqlBuilder(tx).updateTable('convention')
      .set({ status: 'EXPIRED', updated_at: now, version: sql`version + 1` })
      .where('status', '=', 'SIGNED').where('ends_on', '<', today).returning('id'));
    for (const { id } of expired) recordAudit(tx, SYSTEM(now), { operation: 'expireConvention', targetType: 'Convention', targetId: id, changes: { status: ['SIGNED', 'EXPIRED'] } });
    return expired.length;
  });
}

interface Recipients {
  townHallEmail: string | null;
  referentEmail: string | null;
}

/** Dates and counts as the drivers return them (see common/sql.ts): converted where used. */
interface UnsignedRow extends Recipients {
  id: number;
  schoolYear: string;
  status: string;
  sentOn: unknown;
  amountCents: unknown;
  communeName: string;
  deliberationNumber: string | null;
  meetingDate: unknown;
}

interface UnpaidRow extends Recipients {
  id: number;
  reference: string;
  issuedOn: unknown;
  dueOn: unknown;
  amountCents: unknown;
  schoolYear: string;
  communeName: string;
}

/** The town hall (the mayor signs and pays) and the référent ville, each once; the role names the dedupe key. */
function recipients(contact: Recipients): Array<[string, string]> {
  const all: Array<[string, string]> = [];
  if (contact.townHallEmail) all.push(['mairie', contact.townHallEmail]);
  if (contact.referentEmail && contact.referentEmail !== contact.townHallEmail) all.push(['referent', contact.referentEmail]);
  return all;
}

const SIGNATURE = '\n\nL’équipe académique ENT-École\nRégion académique Occitanie';

async function remindUnsigned(tx: EntityManager, now: Date, today: string): Promise<number> {
  const due = await rows<UnsignedRow>(tx, sqlBuilder(tx).selectFrom('convention as c')
    .innerJoin('commune as cm', 'cm.insee_code', 'c.commune_insee_code')
    .innerJoin('commune_contact as k', 'k.commune_insee_code', 'c.commune_insee_code')
    .leftJoin('council_deliberation as d', (join) => join.on((eb) => eb('d.id', '=', latestDeliberationId(eb, 'c.id'))))
    .select(['c.id as id', 'c.school_year as schoolYear', 'c.status as status', 'c.sent_on as sentOn', 'c.amount_cents as amountCents', 'cm.name as communeName',
      'k.town_hall_email as townHallEmail', 'k.referent_email as referentEmail', 'd.number as deliberationNumber', 'd.meeting_date as meetingDate'])
    .where('c.status', 'in', ['SENT', 'DELIBERATED']).where('c.sent_on', '<=', addDays(today, -UNSIGNED_REMINDER_DAYS)));
  let queued = 0;
  for (const c of due) {
    const sentOn = toIsoDate(c.sentOn)!;
    const round = reminderRound(sentOn, today, UNSIGNED_REMINDER_DAYS)!;
    const waiting = c.status === 'DELIBERATED'
      ? `Le conseil municipal en a autorisé la signature (délibération n° ${c.deliberationNumber} du ${frenchDate(toIsoDate(c.meetingDate)!)}) : nous attendons l’exemplaire signé par le maire.`
      : 'Nous n’avons pas encore reçu la délibération du conseil municipal autorisant sa signature.';
    const text = `Bonjour,\n\nLa convention de partenariat ENT-École de l’année scolaire ${c.schoolYear} entre la région académique Occitanie et la commune de ${c.communeName} `
      + `(n° ${c.id}, ${formatEuros(Number(c.amountCents))}) vous a été envoyée le ${frenchDate(sentOn)}.\n${waiting}\n\nMerci de nous la retourner signée, accompagnée de la délibération.${SIGNATURE}`;
    const subject = `ENT-École : convention ${c.schoolYear} en attente de signature – ${c.communeName}`;
    for (const [role, to] of recipients(c)) {
      if (await enqueueMail(tx, { kind: 'convention.unsigned-reminder', to, subject, text, dedupeKey: `convention:${c.id}:unsigned:${round}:${role}` }, now)) queued++;
    }
  }
  return queued;
}

async function remindUnpaid(tx: EntityManager, now: Date, today: string): Promise<number> {
  const due = await rows<UnpaidRow>(tx, sqlBuilder(tx).selectFrom('convention_payment as p')
    .innerJoin('convention as c', 'c.id', 'p.convention_id')
    .innerJoin('commune as cm', 'cm.insee_code', 'c.commune_insee_code')
    .innerJoin('commune_contact as k', 'k.commune_insee_code', 'c.commune_insee_code')
    .select(['p.id as id', 'p.reference as reference', 'p.issued_on as issuedOn', 'p.due_on as dueOn', 'p.amount_cents as amountCents', 'c.school_year as schoolYear',
      'cm.name as communeName', 'k.town_hall_email as townHallEmail', 'k.referent_email as referentEmail'])
    .where('p.paid_on', 'is', null).where('p.due_on', '<', today));
  let queued = 0;
  for (const p of due) {
    const dueOn = toIsoDate(p.dueOn)!;
    const round = overdueRound(dueOn, today, UNPAID_REMINDER_DAYS)!;
    const text = `Bonjour,\n\nLe titre de recette n° ${p.reference} du ${frenchDate(toIsoDate(p.issuedOn)!)}, d’un montant de ${formatEuros(Number(p.amountCents))}, `
      + `émis pour la participation de la commune de ${p.communeName} à l’ENT-École (année scolaire ${p.schoolYear}), arrivait à échéance le ${frenchDate(dueOn)} `
      + `et n’est pas réglé à ce jour.\n\nMerci d’en faire procéder au paiement ; si c’est déjà fait, ne tenez pas compte de ce message.${SIGNATURE}`;
    const subject = `ENT-École : titre de recette ${p.reference} impayé – ${p.communeName}`;
    for (const [role, to] of recipients(p)) {
      if (await enqueueMail(tx, { kind: 'convention.unpaid-reminder', to, subject, text, dedupeKey: `payment:${p.id}:unpaid:${round}:${role}` }, now)) queued++;
    }
  }
  return queued;
}

/**
 * Puts reminders in the outbox for conventions sent and still unsigned after 30 days, and for revenue
 * orders unpaid past their due date, to the commune's town hall and référent ville. Each round of each
 * reminder is queued once (dedupe keys), whatever the number of passes or instances.
 */
export async function sendConventionReminders(orm: Orm, now: Date): Promise<number> {
  const today = todayInParis(now);
  return (orm.em.fork() as EntityManager).transactional(async (tx) => (await remindUnsigned(tx, now, today)) + (await remindUnpaid(tx, now, today)));
}
