import { registerEnumType } from 'type-graphql';

/**
 * The rights a person may exercise (GDPR Art. 13–22, and post-mortem directives of the loi Informatique
 * et libertés, art. 85). The convention (Article 8) lists information, access, rectification, objection,
 * restriction and post-mortem directives; erasure and portability are asked for too, and answered.
 */
export enum DataSubjectRight {
  INFORMATION = 'INFORMATION',
  ACCESS = 'ACCESS',
  RECTIFICATION = 'RECTIFICATION',
  ERASURE = 'ERASURE',
  RESTRICTION = 'RESTRICTION',
  OBJECTION = 'OBJECTION',
  PORTABILITY = 'PORTABILITY',
  POST_MORTEM_DIRECTIVES = 'POST_MORTEM_DIRECTIVES',
}

export enum RequestChannel {
  EMAIL = 'EMAIL',
  LETTER = 'LETTER',
  WEB_FORM = 'WEB_FORM',
  IN_PERSON = 'IN_PERSON',
}

/** Who the applicant is to the data subject. */
export enum ApplicantRelationship {
  SELF = 'SELF',
  PARENT = 'PARENT',
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
  HEIR = 'HEIR',
  OTHER = 'OTHER',
}

export enum DataSubjectRequestStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

/** Identity is checked only on reasonable doubt (Art. 12(6)): NOT_NEEDED otherwise. */
export enum IdentityCheckStatus {
  NOT_NEEDED = 'NOT_NEEDED',
  REQUESTED = 'REQUESTED',
  RECEIVED = 'RECEIVED',
  VERIFIED = 'VERIFIED',
  FAILED = 'FAILED',
}

export enum AnswerOutcome {
  GRANTED = 'GRANTED',
  PARTLY_GRANTED = 'PARTLY_GRANTED',
  REFUSED = 'REFUSED',
}

/** Why a request is (partly) refused; EXCEPTION names its article in `refusalDetail`. */
export enum RefusalGround {
  /** Art. 12(5). */
  MANIFESTLY_UNFOUNDED_OR_EXCESSIVE = 'MANIFESTLY_UNFOUNDED_OR_EXCESSIVE',
  /** Art. 11(2) and 12(2), 12(6). */
  IDENTITY_NOT_ESTABLISHED = 'IDENTITY_NOT_ESTABLISHED',
  /** An exception of the right itself: Art. 17(3), 20(3), 21(1)… */
  EXCEPTION = 'EXCEPTION',
}

/** Open requests on the DPO home, by days left. */
export enum DaysLeftBucket {
  OVERDUE = 'OVERDUE',
  WITHIN_7_DAYS = 'WITHIN_7_DAYS',
  WITHIN_30_DAYS = 'WITHIN_30_DAYS',
  LATER = 'LATER',
}

/** The letters the DPO sends, each from its editable template. */
export enum LetterKind {
  ACKNOWLEDGEMENT = 'ACKNOWLEDGEMENT',
  IDENTITY_REQUEST = 'IDENTITY_REQUEST',
  EXTENSION_NOTICE = 'EXTENSION_NOTICE',
  ANSWER = 'ANSWER',
}

registerEnumType(DataSubjectRight, { name: 'DataSubjectRight', description: 'Droit exercé par la personne concernée.' });
registerEnumType(RequestChannel, { name: 'RequestChannel', description: 'Canal de réception ou de réponse.' });
registerEnumType(ApplicantRelationship, { name: 'ApplicantRelationship', description: 'Lien du demandeur avec la personne concernée.' });
registerEnumType(DataSubjectRequestStatus, { name: 'DataSubjectRequestStatus', description: 'Étape du traitement d’une demande.' });
registerEnumType(IdentityCheckStatus, { name: 'IdentityCheckStatus', description: 'Vérification d’identité (seulement en cas de doute raisonnable).' });
registerEnumType(AnswerOutcome, { name: 'AnswerOutcome', description: 'Sens de la réponse.' });
registerEnumType(RefusalGround, { name: 'RefusalGround', description: 'Motif juridique d’un refus, total ou partiel.' });
registerEnumType(DaysLeftBucket, { name: 'DaysLeftBucket', description: 'Échéance : dépassée, sous 7 jours, sous 30 jours, plus tard.' });
registerEnumType(LetterKind, { name: 'LetterKind', description: 'Courrier : accusé de réception, demande de justificatif, prolongation, réponse.' });
