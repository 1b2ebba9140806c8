import { PasswordInput, required } from 'react-admin';
import { PasswordPolicyHint } from './PasswordPolicyHint';

/** A password being chosen, with the policy in words under it (where the server's refusal shows too). */
export const NewPasswordInput = ({ source, label }: { source: string; label?: string }) => (
  <PasswordInput
    source={source}
    label={label}
    autoComplete="new-password"
    validate={required()}
    helperText={<PasswordPolicyHint source={source} />}
    fullWidth
  />
);
