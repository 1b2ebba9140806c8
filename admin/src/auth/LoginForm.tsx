import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import { loginFailureMessage } from './loginFailure';

/** E-mail and password; a failure is said in an alert that screen readers announce. */
export const LoginForm = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailure(null);
    try {
      await login({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
    } catch (error) {
      const [key, options] = loginFailureMessage(error);
      setFailure(translate(key, options));
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit}>
      {/* The DSFR alert is a role="alert" region: screen readers announce it as it appears. */}
      {failure && <Alert severity="error" small description={failure} className="fr-mb-4v" />}
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{translate('ent.login.legend')}</legend>
        <div className="fr-fieldset__element">
          <Input
            label={translate('ent.login.email')}
            hintText={translate('ent.login.emailHint')}
            nativeInputProps={{ type: 'email', name: 'email', autoComplete: 'username', required: true, spellCheck: false }}
          />
        </div>
        <div className="fr-fieldset__element">
          <PasswordInput
            label={translate('ent.login.password')}
            messagesHint=""
            nativeInputProps={{ name: 'password', autoComplete: 'current-password', required: true }}
          />
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {translate('ent.login.submit')}
      </Button>
    </form>
  );
};
