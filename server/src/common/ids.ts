import { InvalidInputError } from '../errors.js';

/** Integer primary keys travel as GraphQL `ID` strings; anything else is bad input on that field. */
export function parseId(value: string, field: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new InvalidInputError(field, `Identifiant invalide : « ${value} ».`);
  return Number(value);
}
