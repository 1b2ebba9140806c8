import { formatDate } from '../format/frenchFormats';
import { formattedField, isString } from './formattedField';

/** A `Date` (calendar day) or `DateTime` (instant, Paris time) as dd/mm/yyyy. */
export const DateField = formattedField(isString, (value) => formatDate(value));
