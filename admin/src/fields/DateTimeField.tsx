import { formatDate } from '../format/frenchFormats';
import { formattedField, isString } from './formattedField';

/** A `DateTime` (instant) as dd/mm/yyyy hh:mm, Paris time. */
export const DateTimeField = formattedField(isString, (value) => formatDate(value, { withTime: true }));
