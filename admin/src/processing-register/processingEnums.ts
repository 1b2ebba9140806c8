import type { LegalBasis } from '../graphql/generated/graphql';
import { everyValueOf } from '../dataProvider/values';

/** GDPR Art. 6(1), in its order. */
export const LEGAL_BASES = everyValueOf<LegalBasis>()(['CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS']);

export const legalBasisChoices = LEGAL_BASES.map((basis) => ({ id: basis, name: `resources.processingActivities.legalBases.${basis}` }));
