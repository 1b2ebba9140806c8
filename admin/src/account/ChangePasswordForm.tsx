import { useCallback, useState } from 'react';
import { Form, PasswordInput, required, SaveButton, useGetIdentity, useNotify } from 'react-admin';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import { PageSection } from '../layout/PageSection';

/** The confirmation only guards against a typing slip; the policy is the server's. */
const sameAsNewPassword = (value: unknown, values: Record<string, unknown>) =>
  value === values.newPassword ? undefined : 'ent.account.password.mismatch';

/**
 * The current password, then the new one twice. The server's reasons (wrong current password, policy)
 * show under their fields; on success the form empties, and the user's other sessions are closed.
 */
export const ChangePasswordForm = () => {
  const notify = useNotify();
  const { refetch: refetchIdentity } = useGetIdentity();
  // A new key mounts an empty form after a successful change; the identity shows the new change date.
  const [generation, setGeneration] = useState(0);
  const onDone = useCallback(() => {
    notify('ent.account.password.changed', { type: 'success' });
    setGeneration((current) => current + 1);
    void refetchIdentity();
  }, [notify, refetchIdentity]);
  const submit = useCommandSubmit('changePassword', onDone);
  return (
    <PageSection title="ent.account.password.title">
      <Form key={generation} onSubmit={submit}>
        <PasswordInput source="currentPassword" label="ent.account.password.current" autoComplete="current-password" validate={required()} fullWidth />
        <NewPasswordInput source="newPassword" label="ent.account.password.new" />
        <PasswordInput
          source="confirmation"
          label="ent.account.password.confirmation"
          autoComplete="new-password"
          validate={[required(), sameAsNewPassword]}
          fullWidth
        />
        <SaveButton label="ent.account.password.submit" />
      </Form>
    </PageSection>
  );
};
