import { formatInteger } from '../format/frenchFormats';
import { formattedField, isNumber } from './formattedField';

/** A count with French digit grouping (`12 345`). */
export const IntegerField = formattedField(isNumber, formatInteger);
