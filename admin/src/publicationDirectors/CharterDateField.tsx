import { formattedField, isStringOrNull } from '../fields/formattedField';
import { formatDate } from '../format/frenchFormats';

/** The day the director acknowledged the charter, or « pas encore » (the director makes users aware of it). */
export const CharterDateField = formattedField(isStringOrNull, (day, translate) => (day ? formatDate(day) : translate('resources.publicationDirectors.charterPending')));
