import { formattedField, isString } from './formattedField';

/** A UAI code in a fixed-width font, so that codes line up and 0/O, 1/I are told apart. */
export const UaiField = formattedField(isString, (uai) => uai, { fontFamily: 'monospace' });
