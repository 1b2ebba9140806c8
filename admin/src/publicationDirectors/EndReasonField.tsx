import { formattedField, isString } from '../fields/formattedField';
import { withFrenchDates } from '../format/frenchFormats';

/** Why a designation ended; the server writes the successor's start as ISO in it (« … à compter du 2024-09-01 »). */
export const EndReasonField = formattedField(isString, withFrenchDates);
