/**
 * What the law says of each right for a processing, by its legal basis: whether the right applies, is
 * limited or does not apply, and the refusal ground the console proposes. Such requests are still
 * accepted, registered and answered within the deadline: the guidance only prepares the answer.
 */
import { LegalBasis } from '../processing-register/processing.enums.js';
import { DataSubjectRight as Right, RefusalGround } from './data-request.enums.js';

export enum Applicability {
  APPLIES = 'APPLIES',
  LIMITED = 'LIMITED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export interface ProposedRefusal {
  ground: RefusalGround;
  detail: string;
}

export interface RightGuidance {
  right: Right;
  applicability: Applicability;
  article: string;
  note: string;
  proposedRefusal: ProposedRefusal | null;
}

const PUBLIC_OR_LEGAL: readonly LegalBasis[] = [LegalBasis.PUBLIC_TASK, LegalBasis.LEGAL_OBLIGATION];

function guide(right: Right, basis: LegalBasis): Omit<RightGuidance, 'right'> {
  const applies = (article: string, note: string) => ({ applicability: Applicability.APPLIES, article, note, proposedRefusal: null });
  switch (right) {
    case Right.INFORMATION:
      return applies('RGPD, art. 13 et 14', 'Communiquer finalités, base légale, destinataires, durées de conservation et droits, en renvoyant à la mention d’information de l’ENT.');
    case Right.ACCESS:
      return applies('RGPD, art. 15', 'Copie gratuite des données détenues, sans porter atteinte aux droits d’autrui (art. 15, §4) : l’export du back office rassemble ce qu’il détient sur la personne.');
    case Right.RECTIFICATION:
      return applies('RGPD, art. 16', 'Les données d’identité des élèves et des personnels viennent de ONDE par l’annuaire fédérateur (AAF) : elles se rectifient à la source, par le directeur ou la directrice d’école (convention, article 8).');
    case Right.RESTRICTION:
      return applies('RGPD, art. 18', 'Limiter le traitement le temps de vérifier l’exactitude contestée ou les motifs d’une opposition (art. 18, §1).');
    case Right.POST_MORTEM_DIRECTIVES:
      return applies('Loi Informatique et libertés, art. 85', 'Enregistrer les directives sur la conservation, l’effacement et la communication des données après le décès ; sans directives, vérifier la qualité d’héritier du demandeur (art. 85, II).');
    case Right.ERASURE:
      return PUBLIC_OR_LEGAL.includes(basis)
        ? {
          applicability: Applicability.LIMITED, article: 'RGPD, art. 17, §3, b)',
          note: 'L’effacement ne s’applique pas tant que le traitement est nécessaire au respect d’une obligation légale ou à l’exécution d’une mission d’intérêt public ; effacer ce qui n’est plus nécessaire.',
          proposedRefusal: { ground: RefusalGround.EXCEPTION, detail: 'RGPD, art. 17, §3, b) : traitement nécessaire à l’exécution d’une mission d’intérêt public ou au respect d’une obligation légale.' },
        }
        : applies('RGPD, art. 17', 'Effacer sans tarder lorsque l’un des motifs de l’article 17, §1 s’applique.');
    case Right.PORTABILITY:
      if (basis === LegalBasis.CONSENT || basis === LegalBasis.CONTRACT) return applies('RGPD, art. 20', 'Remettre les données fournies par la personne dans un format structuré et lisible par machine.');
      return {
        applicability: Applicability.NOT_APPLICABLE, article: basis === LegalBasis.PUBLIC_TASK ? 'RGPD, art. 20, §3' : 'RGPD, art. 20, §1',
        note: 'La portabilité ne s’applique qu’aux traitements fondés sur le consentement ou un contrat, jamais à une mission d’intérêt public ; proposer le droit d’accès.',
        proposedRefusal: {
          ground: RefusalGround.EXCEPTION,
          detail: basis === LegalBasis.PUBLIC_TASK
            ? 'RGPD, art. 20, §3 : le droit à la portabilité ne s’applique pas au traitement nécessaire à l’exécution d’une mission d’intérêt public.'
            : 'RGPD, art. 20, §1 : le traitement n’est fondé ni sur le consentement ni sur un contrat.',
        },
      };
    case Right.OBJECTION:
      if (basis === LegalBasis.PUBLIC_TASK || basis === LegalBasis.LEGITIMATE_INTERESTS) {
        return {
          applicability: Applicability.LIMITED, article: 'RGPD, art. 21, §1',
          note: 'La personne invoque sa situation particulière ; le traitement cesse sauf motifs légitimes et impérieux que le responsable démontre.',
          proposedRefusal: { ground: RefusalGround.EXCEPTION, detail: 'RGPD, art. 21, §1 : motifs légitimes et impérieux pour le traitement, qui prévalent sur les intérêts, droits et libertés de la personne.' },
        };
      }
      return {
        applicability: Applicability.NOT_APPLICABLE, article: 'RGPD, art. 21, §1',
        note: 'L’opposition ne vaut que pour les traitements fondés sur une mission d’intérêt public ou l’intérêt légitime (un consentement se retire, art. 7, §3).',
        proposedRefusal: { ground: RefusalGround.EXCEPTION, detail: 'RGPD, art. 21, §1 : le droit d’opposition ne s’applique pas à ce traitement au regard de sa base légale.' },
      };
  }
}

/**
 * Guidance for the rights of a request. Without a linked processing the ENT-École processing's basis is
 * assumed: every processing this back office documents serves the public service of digital education
 * (convention, article 8; code de l'éducation R222-24-2).
 */
export function guidanceFor(rights: readonly Right[], basis: LegalBasis | null): RightGuidance[] {
  return rights.map((right) => ({ right, ...guide(right, basis ?? LegalBasis.PUBLIC_TASK) }));
}
