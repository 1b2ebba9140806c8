import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** The kinds of characters that the server's policy counts: lower case, upper case, digits, others. */
const KINDS = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/];

/**
 * The password policy in words, and what the typed password holds, so that the user can compare. The
 * rule lives on the server (CNIL 2022-100): the console decides nothing, and the server's reason shows
 * on the field when it refuses.
 */
export const PasswordPolicyHint = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const typed: unknown = useWatch({ name: source });
  const password = typeof typed === 'string' ? typed : '';
  const kinds = KINDS.filter((kind) => kind.test(password)).length;
  return (
    <>
      {translate('ent.password.policy')}
      {password && ` ${translate('ent.password.typed', { smart_count: password.length, kinds })}`}
    </>
  );
};
