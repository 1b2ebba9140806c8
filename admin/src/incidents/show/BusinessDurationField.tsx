import { formattedField, isNumber } from '../../fields/formattedField';
import { businessDuration } from '../remainingTime';

/** Business minutes in words (« 3 h 20 min », « 2 jours ouvrés 1 h »). */
export const BusinessDurationField = formattedField(isNumber, businessDuration);
