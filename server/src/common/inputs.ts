import { InvalidInputError } from '../errors.js';

/**
 * What a create or update input sets among `fields`: absent fields are left out, texts are trimmed, and
 * null (clearing) is bad input except for the `clearable` fields. Ready for `em.create` or `Object.assign`.
 */
export function givenFields<I extends object, F extends keyof I & string>(input: I, fields: readonly F[], clearable: readonly F[] = []): Partial<Pick<I, F>> {
  const given: Partial<Pick<I, F>> = {};
  for (const field of fields) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null && !clearable.includes(field)) throw new InvalidInputError(field, 'Ce champ est obligatoire.');
    given[field] = (typeof value === 'string' ? value.trim() : value) as I[F];
  }
  return given;
}
