import { formattedField, isStringOrNull } from '../fields/formattedField';
import { formatDate } from '../format/frenchFormats';

/** The last day of a designation, or « en cours » while it has none. */
export const PeriodEndField = formattedField(isStringOrNull, (day, translate) => (day ? formatDate(day) : translate('resources.publicationDirectors.ongoing')));
