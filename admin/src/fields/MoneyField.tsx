import { formatMoney } from '../format/frenchFormats';
import { formattedField, isNumber } from './formattedField';

/** An amount in integer cents (`amountCents`) as `90,00 €`. */
export const MoneyField = formattedField(isNumber, formatMoney);
