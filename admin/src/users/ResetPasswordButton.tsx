import PasswordIcon from '@mui/icons-material/Password';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useId, useState } from 'react';
import { Button, Form, SaveButton, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Values } from '../dataProvider/values';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import type { UserRecord } from './users.api';

/**
 * Sets a new password for the user (who then signs in with it; their sessions are closed). The policy's
 * reasons, checked by the server against the user's name and e-mail, show under the field.
 */
export const ResetPasswordButton = () => {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const onDone = useCallback(() => {
    setOpen(false);
    notify('resources.users.resetPassword.done', { type: 'success' });
  }, [notify]);
  const submit = useCommandSubmit('resetUserPassword', onDone);
  if (!user) return null;
  return (
    <>
      <Button label="resources.users.resetPassword.action" onClick={() => setOpen(true)}>
        <PasswordIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        {/* Only the new password is a value of this form; the id says whose it is. */}
        <Form record={{ id: user.id }} onSubmit={(values: Values) => submit({ ...values, id: user.id })}>
          <DialogTitle id={titleId}>{translate('resources.users.resetPassword.title', { name: user.displayName })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.users.resetPassword.explanation')}</DialogContentText>
            <NewPasswordInput source="newPassword" label="resources.users.resetPassword.newPassword" />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.users.resetPassword.submit" />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
