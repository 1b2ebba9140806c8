import { frenchDate } from '../common/dates.js';
import type { Mail } from '../notifications/outbox.service.js';

/** The mails of the incident desk, in French: what the reporter and the DPO receive. */
export interface MailedIncident {
  reference: string;
  title: string;
}

const SIGNATURE = '\n\nL’assistance académique ENT-École\n(Merci de rappeler la référence dans toute réponse.)';

const named = (incident: MailedIncident) => `${incident.reference} (« ${incident.title} »)`;

export function commentMail(to: string, incident: MailedIncident, body: string): Mail {
  return {
    kind: 'incident.comment',
    to,
    subject: `[${incident.reference}] Réponse de l’assistance : ${incident.title}`,
    text: `Bonjour,\n\nL’assistance a répondu à votre signalement ${named(incident)} :\n\n${body}${SIGNATURE}`,
  };
}

/** One mail per reporter, even when a major incident resolves several of their reports. */
export function resolutionMail(to: string, incidents: readonly MailedIncident[], message: string | null, closesOn: string): Mail {
  const [first] = incidents;
  const one = incidents.length === 1;
  return {
    kind: 'incident.resolved',
    to,
    subject: one ? `[${first!.reference}] Demande résolue : ${first!.title}` : `Demandes résolues : ${incidents.map((i) => i.reference).join(', ')}`,
    text: [
      `Bonjour,\n\n${one ? `Votre signalement ${named(first!)} est résolu.` : `Vos signalements ${incidents.map(named).join(', ')} sont résolus.`}`,
      message ? `\n\n${message}` : '',
      `\n\nSans nouvelle de votre part, ${one ? 'il sera clos' : 'ils seront clos'} le ${frenchDate(closesOn)}. Si le problème persiste d’ici là, répondez-nous.`,
      SIGNATURE,
    ].join(''),
  };
}

export function dpoAlertMail(to: string, incident: MailedIncident, where: string): Mail {
  return {
    kind: 'incident.personal-data',
    to,
    subject: `[${incident.reference}] Incident de données personnelles signalé`,
    text: `Bonjour,\n\nUn incident de la catégorie « données personnelles » vient d’être signalé : ${named(incident)}, ${where}.\n\n`
      + 'S’il s’agit d’une violation de données, elle doit être notifiée à la CNIL dans les 72 heures après en avoir pris connaissance (RGPD, art. 33).'
      + SIGNATURE,
  };
}
