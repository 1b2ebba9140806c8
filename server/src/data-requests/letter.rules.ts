/**
 * Letters from templates: `{{placeholder}}` fields filled from the request, in French. Pure functions;
 * the templates' defaults are in letter.defaults.ts, the PDF layout in letter.pdf.ts.
 */
import { longFrenchDate } from '../common/dates.js';
import { AnswerOutcome, DataSubjectRight, RefusalGround } from './data-request.enums.js';
import type { RequestView } from './data-request.views.js';

/** Every field a template may use, with what it holds (shown to the DPO who edits a template). */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  reference: 'Référence de la demande (DPO-AAAA-NNNN)',
  today: 'Date du courrier',
  receivedOn: 'Date de réception de la demande',
  initialDueOn: 'Échéance initiale (un mois)',
  dueOn: 'Échéance en vigueur',
  extensionReason: 'Motifs de la prolongation',
  applicantName: 'Prénom et nom du demandeur',
  subjectName: 'Prénom et nom de la personne concernée',
  rights: 'Droits exercés, en toutes lettres',
  answeredOn: 'Date de la réponse',
  outcome: 'Sens de la réponse, en une phrase',
  answerSummary: 'Résumé de la réponse',
  refusal: 'Motif du refus et exception invoquée (vide si la demande est satisfaite)',
};

export const RIGHT_LABEL: Record<DataSubjectRight, string> = {
  INFORMATION: 'droit d’être informé(e)',
  ACCESS: 'droit d’accès',
  RECTIFICATION: 'droit de rectification',
  ERASURE: 'droit à l’effacement',
  RESTRICTION: 'droit à la limitation du traitement',
  OBJECTION: 'droit d’opposition',
  PORTABILITY: 'droit à la portabilité',
  POST_MORTEM_DIRECTIVES: 'directives relatives au sort des données après le décès',
};

const OUTCOME_SENTENCE: Record<AnswerOutcome, string> = {
  GRANTED: 'Il est fait droit à votre demande.',
  PARTLY_GRANTED: 'Il est fait droit à votre demande en partie.',
  REFUSED: 'Votre demande ne peut pas être satisfaite.',
};

const GROUND_LABEL: Record<RefusalGround, string> = {
  MANIFESTLY_UNFOUNDED_OR_EXCESSIVE: 'demande manifestement infondée ou excessive (RGPD, article 12, paragraphe 5)',
  IDENTITY_NOT_ESTABLISHED: 'identité du demandeur non établie (RGPD, article 12, paragraphes 2 et 6)',
  EXCEPTION: 'exception prévue par les textes',
};


const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`.trim();
const dateOrNull = (date: string | null) => (date ? longFrenchDate(date) : null);

/** The values of every placeholder for a request; null: not known yet (the letter shows it). */
export function letterValues(request: RequestView, today: string): Record<keyof typeof PLACEHOLDERS, string | null> {
  const refused = request.outcome && request.outcome !== AnswerOutcome.GRANTED;
  return {
    reference: request.reference,
    today: longFrenchDate(today),
    receivedOn: longFrenchDate(request.receivedOn),
    initialDueOn: longFrenchDate(request.initialDueOn),
    dueOn: longFrenchDate(request.dueOn),
    extensionReason: request.extensionReason,
    applicantName: fullName(request.applicant),
    subjectName: fullName(request.subject),
    rights: request.rights.map((right) => RIGHT_LABEL[right]).join(', '),
    answeredOn: dateOrNull(request.answeredOn),
    outcome: request.outcome ? OUTCOME_SENTENCE[request.outcome] : null,
    answerSummary: request.answerSummary ?? '',
    refusal: refused && request.refusalGround
      ? `Motif : ${GROUND_LABEL[request.refusalGround]}${request.refusalDetail ? ` — ${request.refusalDetail}` : ''}.`
      : '',
  };
}

const FIELD = /\{\{\s*(\w+)\s*\}\}/g;
export const MISSING = '[à compléter]';

/** Placeholders a template uses that do not exist. */
export function unknownPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(FIELD)].map((match) => match[1]!).filter((name) => !(name in PLACEHOLDERS)))];
}

/** Fills a template; a paragraph left empty (a refusal of a granted request) disappears. */
export function render(template: string, values: Record<string, string | null>): string {
  return template.replace(FIELD, (_match, name: string) => values[name] ?? MISSING).replace(/\n{3,}/g, '\n\n').trim();
}
