import { registerEnumType } from 'type-graphql';

/** The lawful bases of GDPR Art. 6(1), (a) to (f). */
export enum LegalBasis {
  CONSENT = 'CONSENT',
  CONTRACT = 'CONTRACT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTERESTS = 'VITAL_INTERESTS',
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGITIMATE_INTERESTS = 'LEGITIMATE_INTERESTS',
}

registerEnumType(LegalBasis, { name: 'LegalBasis', description: 'Base légale du traitement (RGPD, art. 6, §1).' });
