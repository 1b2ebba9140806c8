import { LetterKind } from './data-request.enums.js';

/**
 * The French letters as the product ships them. The DPO may edit each one (stored in `letter_template`);
 * an unedited letter follows these texts, so improving them here reaches every database.
 */
export const DEFAULT_LETTERS: Record<LetterKind, { subject: string; body: string }> = {
  [LetterKind.ACKNOWLEDGEMENT]: {
    subject: 'Accusé de réception de votre demande {{reference}}',
    body: `Madame, Monsieur,

Nous avons bien reçu le {{receivedOn}} votre demande d’exercice des droits suivants : {{rights}}, concernant {{subjectName}}. Elle est enregistrée sous la référence {{reference}}.

Conformément à l’article 12, paragraphe 3, du règlement général sur la protection des données (RGPD), une réponse vous sera apportée au plus tard le {{dueOn}}. Ce délai peut être prolongé de deux mois, compte tenu de la complexité ou du nombre de demandes ; vous en seriez alors informé(e), avec les motifs de la prolongation, avant cette date.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.`,
  },
  [LetterKind.IDENTITY_REQUEST]: {
    subject: 'Votre demande {{reference}} : justificatif d’identité',
    body: `Madame, Monsieur,

Pour nous assurer que la demande reçue le {{receivedOn}} émane bien de la personne concernée ou de la personne habilitée à la représenter, et en raison d’un doute raisonnable (article 12, paragraphe 6, du RGPD), nous vous remercions de nous adresser un justificatif d’identité. Seules les informations nécessaires à cette vérification seront examinées, et le justificatif sera détruit dès la vérification faite.

Le délai de réponse à votre demande continue de courir jusqu’au {{dueOn}}.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.`,
  },
  [LetterKind.EXTENSION_NOTICE]: {
    subject: 'Votre demande {{reference}} : prolongation du délai de réponse',
    body: `Madame, Monsieur,

Votre demande reçue le {{receivedOn}} ne pourra pas recevoir de réponse d’ici le {{initialDueOn}}, pour le motif suivant : {{extensionReason}}

Conformément à l’article 12, paragraphe 3, du RGPD, le délai de réponse est prolongé de deux mois : une réponse vous sera apportée au plus tard le {{dueOn}}.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.`,
  },
  [LetterKind.ANSWER]: {
    subject: 'Réponse à votre demande {{reference}}',
    body: `Madame, Monsieur,

Par votre demande reçue le {{receivedOn}}, vous avez exercé les droits suivants : {{rights}}.

{{outcome}}

{{answerSummary}}

{{refusal}}

Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL, www.cnil.fr) ou former un recours devant la juridiction compétente.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.`,
  },
};
